using System.Collections.Generic;
using MicroPython.Bytecode;
using MicroPython.Compiler.Ast;

namespace MicroPython.Compiler;

// try/except/finally, with, async with and async for (py/compile.c compile_try_*, compile_with_stmt_helper,
// compile_async_with_stmt_helper, compile_async_for_stmt).
internal sealed partial class CodeGenerator
{
    private void IncreaseExceptLevel(int label, SetupBlockKind kind)
    {
        _emit.SetupBlock(label, kind);
        _curExceptLevel++;
        if (_curExceptLevel > _scope.ExcStackSize)
        {
            _scope.ExcStackSize = _curExceptLevel;
        }
    }

    private void DecreaseExceptLevel() => _curExceptLevel--;

    private void CompileTry(Try stmt)
    {
        if (stmt.FinalBody.Count > 0)
        {
            CompileTryFinally(stmt);
        }
        else
        {
            CompileTryExcept(stmt.Body, stmt.Handlers, stmt.OrElse);
        }
    }

    private void CompileTryFinally(Try stmt)
    {
        int finallyLabel = _emit.NewLabel();
        IncreaseExceptLevel(finallyLabel, SetupBlockKind.Finally);
        if (stmt.Handlers.Count == 0)
        {
            // Room for an UNWIND_JUMP state passing through the finally.
            _emit.AdjustStackSize(3);
            CompileStatements(stmt.Body);
            _emit.AdjustStackSize(-3);
        }
        else
        {
            CompileTryExcept(stmt.Body, stmt.Handlers, stmt.OrElse);
        }

        _emit.LoadConstNone();
        _emit.LabelAssign(finallyLabel);
        CompileStatements(stmt.FinalBody);
        DecreaseExceptLevel();
        _emit.EndFinally();
    }

    /// <summary>
    /// The handlers are compiled while the try block is still counted (it is popped by their POP_EXCEPT_JUMP or
    /// END_FINALLY). <c>except E as e</c> wraps its handler in a finally that clears and deletes <c>e</c>.
    /// </summary>
    private void CompileTryExcept(List<Stmt> body, List<ExceptHandler> handlers, List<Stmt> orElse)
    {
        int handlerLabel = _emit.NewLabel();
        int successLabel = _emit.NewLabel();
        IncreaseExceptLevel(handlerLabel, SetupBlockKind.Except);
        CompileStatements(body);
        _emit.PopExceptJump(successLabel);

        _emit.LabelAssign(handlerLabel);
        _emit.StartExceptHandler();

        // The exception instance is on top of the stack here.
        int endLabel = _emit.NewLabel();
        for (int i = 0; i < handlers.Count; i++)
        {
            ExceptHandler handler = handlers[i];
            int noMatchLabel = _emit.NewLabel();
            if (handler.Type == null)
            {
                if (i + 1 != handlers.Count)
                {
                    throw Error(handler, "default 'except' must be last");
                }
            }
            else
            {
                _emit.DupTop();
                CompileExpr(handler.Type);
                _emit.BinaryOperation(BinaryOp.ExceptionMatch);
                _emit.PopJumpIf(false, noMatchLabel);
            }

            if (handler.Name == null)
            {
                _emit.PopTop();
            }
            else
            {
                StoreId(handler.Name);
            }

            int cleanupLabel = -1;
            if (handler.Name != null)
            {
                cleanupLabel = _emit.NewLabel();
                IncreaseExceptLevel(cleanupLabel, SetupBlockKind.Finally);
            }

            CompileStatements(handler.Body);

            if (handler.Name != null)
            {
                // finally: e = None; del e
                _emit.LoadConstNone();
                _emit.LabelAssign(cleanupLabel);
                _emit.AdjustStackSize(1);
                _emit.LoadConstNone();
                StoreId(handler.Name);
                DeleteId(handler.Name);
                _emit.AdjustStackSize(-1);
                DecreaseExceptLevel();
                _emit.EndFinally();
            }

            _emit.PopExceptJump(endLabel);
            _emit.LabelAssign(noMatchLabel);
            _emit.AdjustStackSize(1);
        }

        // No handler matched: END_FINALLY re-raises the exception.
        DecreaseExceptLevel();
        _emit.EndFinally();
        _emit.EndExceptHandler();

        _emit.LabelAssign(successLabel);
        CompileStatements(orElse);
        _emit.LabelAssign(endLabel);
    }

    private void CompileWith(List<WithItem> items, int index, List<Stmt> body)
    {
        if (index == items.Count)
        {
            CompileStatements(body);
            return;
        }

        int cleanupLabel = _emit.NewLabel();
        WithItem item = items[index];
        CompileExpr(item.ContextExpr);
        IncreaseExceptLevel(cleanupLabel, SetupBlockKind.With);
        if (item.OptionalVars != null)
        {
            AssignTarget(item.OptionalVars, AssignKind.Store);
        }
        else
        {
            _emit.PopTop();
        }

        CompileWith(items, index + 1, body);
        _emit.WithCleanup(cleanupLabel);
        DecreaseExceptLevel();
        _emit.EndFinally();
    }

    private void CheckAsyncAllowed(Stmt stmt)
    {
        RequireFeature(_options.AsyncAwait, stmt);
        if ((_scope.ScopeFlags & ScopeFlags.Generator) == 0)
        {
            throw Error(stmt, "async for/with outside async function");
        }
    }

    /// <summary><c>await obj.method()</c>.</summary>
    private void AwaitObjectMethod(string method)
    {
        _emit.LoadMethod(method, isSuper: false);
        _emit.CallMethod(0, 0, false);
        CompileYieldFrom();
    }

    /// <summary>
    /// <c>async with</c> as a try/finally that awaits <c>__aexit__</c>. The manager stays on the stack; the finally
    /// code tells apart a normal exit (None pushed here), an exception, and a return/break in progress.
    /// </summary>
    private void CompileAsyncWith(List<WithItem> items, int index, List<Stmt> body)
    {
        if (index == items.Count)
        {
            CompileStatements(body);
            return;
        }

        int finallyLabel = _emit.NewLabel();
        int exitNoExceptionLabel = _emit.NewLabel();
        int unwindLabel = _emit.NewLabel();
        int endLabel = _emit.NewLabel();

        WithItem item = items[index];
        CompileExpr(item.ContextExpr);
        _emit.DupTop();
        AwaitObjectMethod("__aenter__");
        if (item.OptionalVars != null)
        {
            AssignTarget(item.OptionalVars, AssignKind.Store);
        }
        else
        {
            _emit.PopTop();
        }

        IncreaseExceptLevel(finallyLabel, SetupBlockKind.Finally);
        _emit.AdjustStackSize(3);
        CompileAsyncWith(items, index + 1, body);
        _emit.AdjustStackSize(-3);

        // Normal exit: stack (ctx) → (None, ctx), then call __aexit__(None, None, None).
        _emit.LoadConstNone();
        _emit.RotTwo();
        _emit.Jump(exitNoExceptionLabel);

        // Finally block: an exception, or a return/unwind state?
        _emit.LabelAssign(finallyLabel);
        _emit.DupTop();
        _emit.LoadGlobal("BaseException");
        _emit.BinaryOperation(BinaryOp.ExceptionMatch);
        _emit.PopJumpIf(false, unwindLabel);

        // Exception: (ctx, exc) → __aexit__(type(exc), exc, None); a true result swallows the exception.
        _emit.DupTop();
        _emit.RotThree();
        _emit.RotTwo();
        _emit.LoadMethod("__aexit__", isSuper: false);
        _emit.RotThree();
        _emit.RotThree();
        _emit.DupTop();
        _emit.LoadAttr("__class__");
        _emit.RotTwo();
        _emit.LoadConstNone();
        _emit.CallMethod(3, 0, false);
        CompileYieldFrom();
        _emit.PopJumpIf(false, endLabel);
        _emit.PopTop();
        _emit.LoadConstNone();
        _emit.Jump(endLabel);
        _emit.AdjustStackSize(2);

        // Return/unwind: (ctx, X, INT) → (X, INT, ctx), then __aexit__(None, None, None).
        _emit.LabelAssign(unwindLabel);
        _emit.RotThree();
        _emit.RotThree();
        _emit.LabelAssign(exitNoExceptionLabel);
        _emit.LoadMethod("__aexit__", isSuper: false);
        _emit.LoadConstNone();
        _emit.DupTop();
        _emit.DupTop();
        _emit.CallMethod(3, 0, false);
        CompileYieldFrom();
        _emit.PopTop();
        _emit.AdjustStackSize(-1);

        // Stack is (None), (exc) or (X, INT): END_FINALLY continues, re-raises or resumes the unwind.
        _emit.LabelAssign(endLabel);
        DecreaseExceptLevel();
        _emit.EndFinally();
    }

    /// <summary>
    /// <c>async for</c>: the async iterator lives in a hidden local; each step awaits <c>__anext__</c> inside a
    /// try block whose handler ends the loop on StopAsyncIteration.
    /// </summary>
    private void CompileAsyncFor(For stmt)
    {
        string iterator = NewHiddenLocal();
        int elseLabel = _emit.NewLabel();
        int exceptionLabel = _emit.NewLabel();
        int bodyLabel = _emit.NewLabel();
        int reraiseLabel = _emit.NewLabel();

        CompileExpr(stmt.Iter);
        _emit.LoadMethod("__aiter__", isSuper: false);
        _emit.CallMethod(0, 0, false);
        StoreId(iterator);

        LoopState saved = StartLoop(breakFromFor: false);
        int breakLabel = _breakLabel;
        int continueLabel = _continueLabel;

        _emit.LabelAssign(continueLabel);
        IncreaseExceptLevel(exceptionLabel, SetupBlockKind.Except);
        LoadId(iterator);
        AwaitObjectMethod("__anext__");
        AssignTarget(stmt.Target, AssignKind.Store);
        _emit.PopExceptJump(bodyLabel);

        _emit.LabelAssign(exceptionLabel);
        _emit.StartExceptHandler();
        _emit.DupTop();
        _emit.LoadGlobal("StopAsyncIteration");
        _emit.BinaryOperation(BinaryOp.ExceptionMatch);
        _emit.PopJumpIf(false, reraiseLabel);
        _emit.PopTop();
        _emit.PopExceptJump(elseLabel);

        _emit.LabelAssign(reraiseLabel);
        _emit.AdjustStackSize(1);
        DecreaseExceptLevel();
        _emit.EndFinally();
        _emit.EndExceptHandler();

        _emit.LabelAssign(bodyLabel);
        CompileStatements(stmt.Body);
        _emit.Jump(continueLabel);

        EndLoop(saved);
        _emit.LabelAssign(elseLabel);
        CompileStatements(stmt.OrElse);
        _emit.LabelAssign(breakLabel);
    }
}
