using System.Collections.Generic;
using MicroPython.Bytecode;
using MicroPython.Compiler.Ast;

namespace MicroPython.Compiler;

// Simple and compound statements other than try/with and definitions (py/compile.c compile_*_stmt).
internal sealed partial class CodeGenerator
{
    private void CompileStatements(List<Stmt> body)
    {
        foreach (Stmt stmt in body)
        {
            CompileStmt(stmt);
        }
    }

    private void CompileStmt(Stmt stmt)
    {
        // A decorated definition starts (and records its line) at the first decorator.
        int line = stmt.Line;
        List<Expr>? decorators = stmt is FunctionDef fd ? fd.Decorators : stmt is ClassDef cd ? cd.Decorators : null;
        if (decorators != null && decorators.Count > 0 && decorators[0].Line > 0 && decorators[0].Line < line)
        {
            line = decorators[0].Line;
        }

        if (line > 0)
        {
            _emit.SetSourceLine(line);
        }

        switch (stmt)
        {
            case ExprStmt e:
                CompileExprStmt(e);
                break;
            case Assign a:
                CompileAssign(a);
                break;
            case AugAssign aug:
                CompileAugAssign(aug);
                break;
            case AnnAssign ann:
                CompileAnnAssign(ann);
                break;
            case Delete d:
                foreach (Expr target in d.Targets)
                {
                    DeleteTarget(target);
                }

                break;
            case Pass:
                break;
            case Break:
                CompileBreakContinue(stmt, isBreak: true);
                break;
            case Continue:
                CompileBreakContinue(stmt, isBreak: false);
                break;
            case Return r:
                CompileReturn(r);
                break;
            case Raise r:
                CompileRaise(r);
                break;
            case Global g:
                DeclareGlobalOrNonlocal(stmt, g.Names, isGlobal: true);
                break;
            case Nonlocal n:
                DeclareGlobalOrNonlocal(stmt, n.Names, isGlobal: false);
                break;
            case Import imp:
                CompileImport(imp);
                break;
            case ImportFrom from:
                CompileImportFrom(from);
                break;
            case Assert a:
                CompileAssert(a);
                break;
            case If i:
                CompileIf(i);
                break;
            case While w:
                CompileWhile(w);
                break;
            case For f:
                if (f.IsAsync)
                {
                    CheckAsyncAllowed(stmt);
                    CompileAsyncFor(f);
                }
                else
                {
                    CompileFor(f);
                }

                break;
            case Try t:
                CompileTry(t);
                break;
            case With w:
                if (w.IsAsync)
                {
                    CheckAsyncAllowed(stmt);
                    CompileAsyncWith(w.Items, 0, w.Body);
                }
                else
                {
                    CompileWith(w.Items, 0, w.Body);
                }

                break;
            case FunctionDef f:
                CompileFunctionDef(f);
                break;
            case ClassDef c:
                CompileClassDef(c);
                break;
            default:
                throw Error(stmt, "invalid syntax");
        }
    }

    private void CompileExprStmt(ExprStmt stmt)
    {
        if (_isRepl && _scope.Kind == ScopeKind.Module
            && !(_options.PrintExpressionStatements && _folder.Resolve(stmt.Value) is Constant))
        {
            // The REPL prints the value of every expression statement (in paste mode, of every non-constant one).
            LoadId("__repl_print__");
            CompileExpr(stmt.Value);
            _emit.CallFunction(1, 0, false);
            _emit.PopTop();
            return;
        }

        Expr value = _folder.Resolve(stmt.Value);
        if (value is Constant || value is ConstantTuple)
        {
            // A lonely constant (a doc string, `...`) produces no code at all.
            return;
        }

        CompileExpr(stmt.Value);
        _emit.PopTop();
    }

    private void CompileAssign(Assign assign)
    {
        if (_folder.IsElided(assign))
        {
            return;
        }

        List<Expr> targets = assign.Targets;
        if (targets.Count == 1)
        {
            if (TryCompileTupleSwap(targets[0], assign.Value))
            {
                return;
            }

            CompileExpr(assign.Value);
            AssignTarget(targets[0], AssignKind.Store);
            return;
        }

        // Chained assignment stores the left-most target first.
        CompileExpr(assign.Value);
        _emit.DupTop();
        AssignTarget(targets[0], AssignKind.Store);
        for (int i = 1; i < targets.Count; i++)
        {
            if (i + 1 < targets.Count)
            {
                _emit.DupTop();
            }

            AssignTarget(targets[i], AssignKind.Store);
        }
    }

    /// <summary><c>a, b = c, d</c> and <c>a, b, c = d, e, f</c> without building a tuple (ROT_TWO/ROT_THREE).</summary>
    private bool TryCompileTupleSwap(Expr target, Expr value)
    {
        if (_folder.Resolve(target) is not Ast.Tuple lhs
            || lhs.Parenthesized
            || _folder.Resolve(value) is not Ast.Tuple rhs
            || rhs.Parenthesized
            || lhs.Elts.Count != rhs.Elts.Count
            || (lhs.Elts.Count != 2 && lhs.Elts.Count != 3))
        {
            return false;
        }

        foreach (Expr e in lhs.Elts)
        {
            if (e is Starred)
            {
                return false;
            }
        }

        CompileExpr(rhs.Elts[0]);
        CompileExpr(rhs.Elts[1]);
        if (lhs.Elts.Count == 3)
        {
            CompileExpr(rhs.Elts[2]);
            _emit.RotThree();
        }

        _emit.RotTwo();
        foreach (Expr e in lhs.Elts)
        {
            AssignTarget(e, AssignKind.Store);
        }

        return true;
    }

    private void CompileAugAssign(AugAssign aug)
    {
        AssignTarget(aug.Target, AssignKind.AugLoad);
        CompileExpr(aug.Value);
        _emit.BinaryOperation(InplaceOperator(aug.Op));
        AssignTarget(aug.Target, AssignKind.AugStore);
    }

    private void CompileAnnAssign(AnnAssign ann)
    {
        // Annotations are never evaluated.
        if (ann.Value == null)
        {
            // Inside a function a bare annotation still declares a local.
            if (_scopePass && _scope.Kind == ScopeKind.Function && _folder.Resolve(ann.Target) is Name name)
            {
                _scope.FindOrAdd(name.Id, IdKind.Local);
            }

            return;
        }

        CompileExpr(ann.Value);
        AssignTarget(ann.Target, AssignKind.Store);
    }

    private void CompileBreakContinue(Stmt stmt, bool isBreak)
    {
        int label = isBreak ? _breakLabel : _continueLabel;
        if (label < 0)
        {
            throw Error(stmt, "'break'/'continue' outside loop");
        }

        _emit.UnwindJump(label, _curExceptLevel - _breakContinueExceptLevel, isBreak && _breakFromFor);
    }

    private void CompileReturn(Return ret)
    {
        if (_scope.Kind != ScopeKind.Function && _scope.Kind != ScopeKind.Lambda)
        {
            throw Error(ret, "'return' outside function");
        }

        if (ret.Value == null)
        {
            _emit.LoadConstNone();
        }
        else if (_folder.Resolve(ret.Value) is IfExp ifExp)
        {
            // return a if c else b: two returns instead of a jump over the else value.
            int fail = _emit.NewLabel();
            CIfCond(ifExp.Test, false, fail);
            CompileExpr(ifExp.Body);
            _emit.ReturnValue();
            _emit.LabelAssign(fail);
            CompileExpr(ifExp.OrElse);
        }
        else
        {
            CompileExpr(ret.Value);
        }

        _emit.ReturnValue();
    }

    private void CompileRaise(Raise raise)
    {
        if (raise.Exc == null)
        {
            _emit.RaiseVarargs(0);
        }
        else if (raise.Cause != null)
        {
            CompileExpr(raise.Exc);
            CompileExpr(raise.Cause);
            _emit.RaiseVarargs(2);
        }
        else
        {
            CompileExpr(raise.Exc);
            _emit.RaiseVarargs(1);
        }
    }

    private void DeclareGlobalOrNonlocal(Stmt stmt, List<string> names, bool isGlobal)
    {
        if (!_scopePass)
        {
            return;
        }

        if (!isGlobal && _scope.Kind == ScopeKind.Module)
        {
            throw Error(stmt, "can't declare nonlocal in outer code");
        }

        foreach (string name in names)
        {
            IdInfo id = _scope.FindOrAdd(name, IdKind.Undecided);
            string? error = isGlobal ? ScopeAnalyzer.DeclareGlobal(_scope, id) : ScopeAnalyzer.DeclareNonlocal(_scope, id);
            if (error != null)
            {
                throw Error(stmt, error);
            }
        }
    }

    private void CompileImport(Import import)
    {
        foreach (Alias alias in import.Names)
        {
            _emit.LoadConstSmallInt(0);
            _emit.LoadConstNone();
            string baseName = ImportName(alias.Name, alias.AsName);
            StoreId(baseName);
        }
    }

    /// <summary>
    /// IMPORT_NAME of a dotted name; returns the name to bind: the top package for <c>import a.b</c>, the
    /// alias for <c>import a.b as c</c> (reached through LOAD_ATTR of the sub-modules).
    /// </summary>
    private string ImportName(string dotted, string? asName)
    {
        _emit.ImportName(dotted);
        int dot = dotted.IndexOf('.');
        if (dot < 0)
        {
            return asName ?? dotted;
        }

        if (asName == null)
        {
            return dotted.Substring(0, dot);
        }

        string[] parts = dotted.Split('.');
        for (int i = 1; i < parts.Length; i++)
        {
            _emit.LoadAttr(parts[i]);
        }

        return asName;
    }

    private void CompileImportFrom(ImportFrom from)
    {
        string module = from.Module ?? "";
        if (from.Names.Count == 1 && from.Names[0].Name == "*")
        {
            if (_scope.Kind != ScopeKind.Module)
            {
                throw Error(from, "import * not at module level");
            }

            _emit.LoadConstSmallInt(from.Level);
            _emit.LoadConstString("*");
            _emit.Build(1, BuildKind.Tuple);
            _emit.ImportName(module);
            _emit.ImportStar();
            return;
        }

        _emit.LoadConstSmallInt(from.Level);
        foreach (Alias alias in from.Names)
        {
            _emit.LoadConstString(alias.Name);
        }

        _emit.Build(from.Names.Count, BuildKind.Tuple);
        _emit.ImportName(module);
        foreach (Alias alias in from.Names)
        {
            _emit.ImportFrom(alias.Name);
            StoreId(alias.AsName ?? alias.Name);
        }

        _emit.PopTop();
    }

    private void CompileAssert(Assert assert)
    {
        // Optimised code (-O1 and above) has no asserts at all.
        if (_options.OptimizationLevel != 0)
        {
            return;
        }

        int end = _emit.NewLabel();
        CIfCond(assert.Test, true, end);
        _emit.LoadGlobal("AssertionError");
        if (assert.Msg != null)
        {
            CompileExpr(assert.Msg);
            _emit.CallFunction(1, 0, false);
        }

        _emit.RaiseVarargs(1);
        _emit.LabelAssign(end);
    }

    private void CompileIf(If stmt)
    {
        int end = _emit.NewLabel();

        // Constant conditions drop the branches that can never run.
        if (!IsConstFalse(stmt.Test))
        {
            int fail = _emit.NewLabel();
            CIfCond(stmt.Test, false, fail);
            CompileStatements(stmt.Body);
            if (IsConstTrue(stmt.Test))
            {
                _emit.LabelAssign(end);
                return;
            }

            if (stmt.OrElse.Count > 0)
            {
                _emit.Jump(end);
            }

            _emit.LabelAssign(fail);
        }

        If parent = stmt;
        List<Stmt> orElse = stmt.OrElse;
        while (IsElif(parent, orElse))
        {
            var elif = (If)orElse[0];
            if (!IsConstFalse(elif.Test))
            {
                int fail = _emit.NewLabel();
                CIfCond(elif.Test, false, fail);
                CompileStatements(elif.Body);
                if (IsConstTrue(elif.Test))
                {
                    _emit.LabelAssign(end);
                    return;
                }

                _emit.Jump(end);
                _emit.LabelAssign(fail);
            }

            parent = elif;
            orElse = elif.OrElse;
        }

        CompileStatements(orElse);
        _emit.LabelAssign(end);
    }

    /// <summary>
    /// An <c>elif</c> arrives as the only statement of the else branch, starting in the same column as its
    /// <c>if</c>; a nested <c>if</c> inside <c>else:</c> is indented further.
    /// </summary>
    private static bool IsElif(If parent, List<Stmt> orElse) =>
        orElse.Count == 1
        && orElse[0] is If inner
        && inner.Line > parent.Line
        && inner.Column == parent.Column;

    private void CompileWhile(While stmt)
    {
        LoopState saved = StartLoop(breakFromFor: false);
        int breakLabel = _breakLabel;
        int continueLabel = _continueLabel;

        if (!IsConstFalse(stmt.Test))
        {
            int top = _emit.NewLabel();

            // The condition sits after the body; `while True` needs no jump to it.
            if (!IsConstTrue(stmt.Test))
            {
                _emit.Jump(continueLabel);
            }

            _emit.LabelAssign(top);
            CompileStatements(stmt.Body);
            _emit.LabelAssign(continueLabel);
            CIfCond(stmt.Test, true, top);
        }

        // break/continue in the else branch belong to an outer loop.
        EndLoop(saved);
        CompileStatements(stmt.OrElse);
        _emit.LabelAssign(breakLabel);
    }

    private void CompileFor(For stmt)
    {
        if (TryCompileRangeLoop(stmt))
        {
            return;
        }

        LoopState saved = StartLoop(breakFromFor: true);
        int breakLabel = _breakLabel;
        int continueLabel = _continueLabel;
        int popLabel = _emit.NewLabel();

        CompileExpr(stmt.Iter);
        _emit.GetIter(true);
        _emit.LabelAssign(continueLabel);
        _emit.ForIter(popLabel);
        AssignTarget(stmt.Target, AssignKind.Store);
        CompileStatements(stmt.Body);
        _emit.Jump(continueLabel);
        _emit.LabelAssign(popLabel);
        _emit.ForIterEnd();

        EndLoop(saved);
        CompileStatements(stmt.OrElse);
        _emit.LabelAssign(breakLabel);
    }

    /// <summary>
    /// <c>for i in range(…)</c> with plain arguments, a simple loop variable and a non-zero small-int step (if any)
    /// becomes a counter on the stack instead of a range object.
    /// </summary>
    private bool TryCompileRangeLoop(For stmt)
    {
        if (_folder.Resolve(stmt.Target) is not Name
            || _folder.Resolve(stmt.Iter) is not Call call
            || _folder.Resolve(call.Func) is not Name { Id: "range" }
            || call.Keywords.Count != 0
            || call.Args.Count < 1
            || call.Args.Count > 3)
        {
            return false;
        }

        foreach (Expr arg in call.Args)
        {
            if (arg is Starred)
            {
                return false;
            }
        }

        Expr? start = call.Args.Count >= 2 ? call.Args[0] : null;
        Expr end = call.Args.Count >= 2 ? call.Args[1] : call.Args[0];
        long step = 1;
        if (call.Args.Count == 3)
        {
            if (!TryGetSmallIntLiteral(call.Args[2], out step) || step == 0)
            {
                return false;
            }
        }

        LoopState saved = StartLoop(breakFromFor: false);
        int breakLabel = _breakLabel;
        int continueLabel = _continueLabel;
        int top = _emit.NewLabel();
        int entry = _emit.NewLabel();

        // A non-constant end is evaluated once and kept under the counter.
        bool endOnStack = !TryGetSmallIntLiteral(end, out _);
        if (endOnStack)
        {
            CompileExpr(end);
        }

        if (start == null)
        {
            _emit.LoadConstSmallInt(0);
        }
        else
        {
            CompileExpr(start);
        }

        _emit.Jump(entry);
        _emit.LabelAssign(top);
        _emit.DupTop();
        AssignTarget(stmt.Target, AssignKind.Store);
        CompileStatements(stmt.Body);
        _emit.LabelAssign(continueLabel);
        if (call.Args.Count == 3)
        {
            CompileExpr(call.Args[2]);
        }
        else
        {
            _emit.LoadConstSmallInt(1);
        }

        _emit.BinaryOperation(BinaryOp.InplaceAdd);
        _emit.LabelAssign(entry);
        if (endOnStack)
        {
            _emit.DupTopTwo();
            _emit.RotTwo();
        }
        else
        {
            _emit.DupTop();
            CompileExpr(end);
        }

        _emit.BinaryOperation(step >= 0 ? BinaryOp.Less : BinaryOp.More);
        _emit.PopJumpIf(true, top);

        EndLoop(saved);

        // The else branch runs after the counter (and end) are dropped, as it may break/continue an outer loop.
        int endLabel = -1;
        if (stmt.OrElse.Count > 0)
        {
            _emit.PopTop();
            if (endOnStack)
            {
                _emit.PopTop();
            }

            CompileStatements(stmt.OrElse);
            endLabel = _emit.NewLabel();
            _emit.Jump(endLabel);
            _emit.AdjustStackSize(endOnStack ? 2 : 1);
        }

        _emit.LabelAssign(breakLabel);
        _emit.PopTop();
        if (endOnStack)
        {
            _emit.PopTop();
        }

        if (endLabel >= 0)
        {
            _emit.LabelAssign(endLabel);
        }

        return true;
    }

    private bool TryGetSmallIntLiteral(Expr expr, out long value)
    {
        if (_folder.Resolve(expr) is Constant { Kind: ConstantKind.Int } c)
        {
            value = System.Convert.ToInt64(c.Value, System.Globalization.CultureInfo.InvariantCulture);
            return true;
        }

        value = 0;
        return false;
    }

    private LoopState StartLoop(bool breakFromFor)
    {
        var saved = new LoopState(_breakLabel, _continueLabel, _breakFromFor, _breakContinueExceptLevel);
        _breakLabel = _emit.NewLabel();
        _continueLabel = _emit.NewLabel();
        _breakFromFor = breakFromFor;
        _breakContinueExceptLevel = _curExceptLevel;
        return saved;
    }

    private void EndLoop(LoopState saved)
    {
        _breakLabel = saved.BreakLabel;
        _continueLabel = saved.ContinueLabel;
        _breakFromFor = saved.BreakFromFor;
        _breakContinueExceptLevel = saved.ExceptLevel;
    }

    private readonly record struct LoopState(int BreakLabel, int ContinueLabel, bool BreakFromFor, int ExceptLevel);
}
