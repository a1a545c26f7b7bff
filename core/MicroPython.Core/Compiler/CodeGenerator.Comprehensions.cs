using MicroPython.Bytecode;
using MicroPython.Compiler.Ast;

namespace MicroPython.Compiler;

// List/dict/set comprehensions and generator expressions: child functions taking the outermost iterable as
// their one argument (py/compile.c compile_comprehension, compile_scope_comp_iter).
internal sealed partial class CodeGenerator
{
    private void CompileComprehension(ComprehensionExpr comprehension)
    {
        foreach (Comprehension generator in comprehension.Generators)
        {
            if (generator.IsAsync)
            {
                throw Error(generator, "invalid syntax");
            }
        }

        (ScopeKind kind, string name) = comprehension.Kind switch
        {
            ComprehensionKind.List => (ScopeKind.ListComp, "<listcomp>"),
            ComprehensionKind.Dict => (ScopeKind.DictComp, "<dictcomp>"),
            ComprehensionKind.Set => (ScopeKind.SetComp, "<setcomp>"),
            _ => (ScopeKind.GenExpr, "<genexpr>"),
        };

        Scope scope = ChildScope(comprehension, kind, name);
        CloseOverVariablesEtc(scope, 0, 0);

        // The outermost iterable is evaluated here, in the enclosing scope.
        CompileExpr(comprehension.Generators[0].Iter);
        if (kind == ScopeKind.GenExpr)
        {
            _emit.GetIter(false);
        }

        _emit.CallFunction(1, 0, false);
    }

    private void CompileComprehensionBody(Scope scope, ComprehensionExpr comprehension)
    {
        if (_scopePass)
        {
            // The iterator argument: slot 0, not a named parameter (its prelude name is "*").
            scope.FindOrAdd(ComprehensionArgument, IdKind.Local);
            scope.NumPosArgs = 1;
        }

        SetLine(comprehension.Element);
        switch (scope.Kind)
        {
            case ScopeKind.ListComp:
                _emit.Build(0, BuildKind.List);
                break;
            case ScopeKind.DictComp:
                _emit.Build(0, BuildKind.Map);
                break;
            case ScopeKind.SetComp:
                _emit.Build(0, BuildKind.Set);
                break;
        }

        if (scope.Kind == ScopeKind.GenExpr)
        {
            // Four iterator slots by hand: NULL marks that the second slot holds an iterator object.
            _emit.LoadNull();
            LoadId(ComprehensionArgument);
            _emit.LoadNull();
            _emit.LoadNull();
        }
        else
        {
            LoadId(ComprehensionArgument);
            _emit.GetIter(true);
        }

        CompileComprehensionLoop(scope, comprehension, 0);

        if (scope.Kind == ScopeKind.GenExpr)
        {
            _emit.LoadConstNone();
        }

        _emit.ReturnValue();
    }

    private void CompileComprehensionLoop(Scope scope, ComprehensionExpr comprehension, int depth)
    {
        Comprehension generator = comprehension.Generators[depth];
        int top = _emit.NewLabel();
        int end = _emit.NewLabel();
        _emit.LabelAssign(top);
        _emit.ForIter(end);
        AssignTarget(generator.Target, AssignKind.Store);
        foreach (Expr condition in generator.Ifs)
        {
            CIfCond(condition, false, top);
        }

        if (depth + 1 < comprehension.Generators.Count)
        {
            CompileExpr(comprehension.Generators[depth + 1].Iter);
            _emit.GetIter(true);
            CompileComprehensionLoop(scope, comprehension, depth + 1);
        }
        else if (scope.Kind == ScopeKind.GenExpr)
        {
            CompileExpr(comprehension.Element);
            _emit.YieldValue();
            _scope.ScopeFlags |= ScopeFlags.Generator;
            _emit.PopTop();
        }
        else
        {
            int storeKind = Opcodes.StoreCompList;
            if (scope.Kind == ScopeKind.DictComp)
            {
                // The key:value item is one node; its value is pushed before its key.
                SetLine(comprehension.Element);
                CompileExpr(comprehension.Value!);
                CompileExpr(comprehension.Element);
                storeKind = Opcodes.StoreCompDict;
            }
            else
            {
                CompileExpr(comprehension.Element);
                if (scope.Kind == ScopeKind.SetComp)
                {
                    storeKind = Opcodes.StoreCompSet;
                }
            }

            // The collection sits below the iterators of every enclosing loop (4 slots each).
            _emit.StoreComp(storeKind, (4 * depth) + 5);
        }

        _emit.Jump(top);
        _emit.LabelAssign(end);
        _emit.ForIterEnd();
    }
}
