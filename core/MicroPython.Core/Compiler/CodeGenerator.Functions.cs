using System.Collections.Generic;
using MicroPython.Bytecode;
using MicroPython.Compiler.Ast;

namespace MicroPython.Compiler;

// def, lambda, class, decorators, parameters, defaults and closures (py/compile.c compile_funcdef_*,
// compile_classdef_*, close_over_variables_etc, compile_scope_func_lambda_param).
internal sealed partial class CodeGenerator
{
    private void CompileFunctionDef(FunctionDef def)
    {
        RequireFeature(!def.IsAsync || _options.AsyncAwait, def);
        int userDecorators = CompileDecorators(def.Decorators);
        Scope scope = ChildScope(def, ScopeKind.Function, def.Name);
        CompileFunctionHeader(scope, def.Args);
        if (def.IsAsync)
        {
            // An async def is a generator whatever its body holds.
            scope.ScopeFlags |= ScopeFlags.Generator;
        }

        for (int i = 0; i < userDecorators; i++)
        {
            _emit.CallFunction(1, 0, false);
        }

        StoreId(def.Name);
    }

    private void CompileClassDef(ClassDef def)
    {
        int userDecorators = CompileDecorators(def.Decorators);
        Scope scope = ChildScope(def, ScopeKind.Class, def.Name);
        _emit.LoadBuildClass();
        CloseOverVariablesEtc(scope, 0, 0);
        _emit.LoadConstString(def.Name);

        // __build_class__(body, name, *bases, **keywords); the star bitmap is not shifted for the two extra
        // arguments, as in MicroPython.
        CompileCallArguments(def.Bases, def.Keywords, isMethodCall: false, extraPositional: 2);

        for (int i = 0; i < userDecorators; i++)
        {
            _emit.CallFunction(1, 0, false);
        }

        StoreId(def.Name);
    }

    private void CompileLambda(Lambda lambda)
    {
        Scope scope = ChildScope(lambda, ScopeKind.Lambda, "<lambda>");
        CompileFunctionHeader(scope, lambda.Args);
    }

    /// <summary>
    /// Compiles the decorator expressions; returns how many must be called on the definition. The
    /// <c>@micropython.bytecode/native/viper</c> code-emitter decorators are consumed here (all compile to bytecode).
    /// </summary>
    private int CompileDecorators(List<Expr> decorators)
    {
        int count = 0;
        foreach (Expr decorator in decorators)
        {
            if (IsBuiltinDecorator(decorator))
            {
                continue;
            }

            CompileExpr(decorator);
            count++;
        }

        return count;
    }

    private bool IsBuiltinDecorator(Expr decorator)
    {
        // Only dotted names starting with `micropython` are candidates.
        var parts = new List<string>();
        Expr e = decorator;
        while (e is Ast.Attribute attr)
        {
            parts.Add(attr.Attr);
            e = attr.Value;
        }

        if (e is not Name root || root.Id != "micropython")
        {
            return false;
        }

        if (parts.Count == 1 && (parts[0] == "bytecode" || parts[0] == "native" || parts[0] == "viper"))
        {
            return true;
        }

        throw Error(decorator, "invalid micropython decorator");
    }

    /// <summary>
    /// Evaluates the defaults in the enclosing scope (a tuple of positional defaults, a dict of keyword-only
    /// defaults, NULL for a missing one) and makes the function or closure.
    /// </summary>
    private void CompileFunctionHeader(Scope scope, Arguments args)
    {
        bool savedHaveStar = _haveStar;
        int savedDictParams = _numDictParams;
        int savedDefaultParams = _numDefaultParams;
        _haveStar = false;
        _numDictParams = 0;
        _numDefaultParams = 0;

        for (int i = 0; i < args.Defaults.Count; i++)
        {
            _numDefaultParams++;
            CompileExpr(args.Defaults[i]);
        }

        _haveStar = args.VarArg != null || args.KwOnlyArgs.Count > 0;
        for (int i = 0; i < args.KwOnlyArgs.Count; i++)
        {
            Expr? value = i < args.KwDefaults.Count ? args.KwDefaults[i] : null;
            if (value == null)
            {
                continue;
            }

            _numDictParams++;
            if (_numDictParams == 1)
            {
                // The positional defaults tuple (or NULL) goes below the keyword-defaults dict.
                if (_numDefaultParams > 0)
                {
                    _emit.Build(_numDefaultParams, BuildKind.Tuple);
                }
                else
                {
                    _emit.LoadNull();
                }

                _emit.Build(0, BuildKind.Map);
            }

            CompileExpr(value);
            _emit.LoadConstString(args.KwOnlyArgs[i].Name);
            _emit.StoreMap();
        }

        if (_numDefaultParams > 0 && _numDictParams == 0)
        {
            _emit.Build(_numDefaultParams, BuildKind.Tuple);
            _emit.LoadNull();
        }

        scope.NumDefPosArgs = _numDefaultParams;
        if (_numDictParams > 0)
        {
            scope.ScopeFlags |= ScopeFlags.DefKwArgs;
        }

        CloseOverVariablesEtc(scope, _numDefaultParams, _numDictParams);

        _haveStar = savedHaveStar;
        _numDictParams = savedDictParams;
        _numDefaultParams = savedDefaultParams;
    }

    /// <summary>
    /// MAKE_FUNCTION, or MAKE_CLOSURE after loading (with LOAD_FAST) the cells the child closes over, in the
    /// order this scope lists them.
    /// </summary>
    private void CloseOverVariablesEtc(Scope child, int nPosDefaults, int nKwDefaults)
    {
        int nFree = 0;
        if (_scope.Kind != ScopeKind.Module && ScopeAnalyzer.HasFreeVariables(child))
        {
            foreach (IdInfo id in _scope.Ids)
            {
                if (id.Kind != IdKind.Cell && id.Kind != IdKind.Free)
                {
                    continue;
                }

                IdInfo? childId = child.Find(id.Name);
                if (childId != null && childId.Kind == IdKind.Free)
                {
                    _emit.LoadFast(id.LocalNum);
                    nFree++;
                }
            }
        }

        if (nFree == 0)
        {
            _emit.MakeFunction(child, nPosDefaults, nKwDefaults);
        }
        else
        {
            _emit.MakeClosure(child, nFree, nPosDefaults, nKwDefaults);
        }
    }

    private void CompileFunctionBody(Scope scope, FunctionDef def)
    {
        if (_scopePass)
        {
            AddParameters(scope, def.Args);
        }

        CompileStatements(def.Body);
        _emit.LoadConstNone();
        _emit.ReturnValue();
    }

    private void CompileLambdaBody(Scope scope, Lambda lambda)
    {
        SetLine(lambda);
        if (_scopePass)
        {
            AddParameters(scope, lambda.Args);
        }

        CompileExpr(lambda.Body);

        // A lambda containing yield is a generator: it returns None, not its expression.
        if ((scope.ScopeFlags & ScopeFlags.Generator) != 0)
        {
            _emit.PopTop();
            _emit.LoadConstNone();
        }

        _emit.ReturnValue();
    }

    /// <summary>Parameters take the first slots, in written order; *args and **kwargs set the scope flags.</summary>
    private void AddParameters(Scope scope, Arguments args)
    {
        foreach (Arg arg in args.PosOnlyArgs)
        {
            AddParameter(scope, arg, IdFlags.IsParam);
            scope.NumPosArgs++;
        }

        foreach (Arg arg in args.Args)
        {
            AddParameter(scope, arg, IdFlags.IsParam);
            scope.NumPosArgs++;
        }

        if (args.VarArg != null)
        {
            scope.ScopeFlags |= ScopeFlags.VarArgs;
            AddParameter(scope, args.VarArg, IdFlags.IsParam | IdFlags.IsStarParam);
        }

        foreach (Arg arg in args.KwOnlyArgs)
        {
            AddParameter(scope, arg, IdFlags.IsParam);
            scope.NumKwOnlyArgs++;
        }

        if (args.KwArg != null)
        {
            scope.ScopeFlags |= ScopeFlags.VarKeywords;
            AddParameter(scope, args.KwArg, IdFlags.IsParam | IdFlags.IsDblStarParam);
        }
    }

    private void AddParameter(Scope scope, Arg arg, int flags)
    {
        IdInfo id = scope.FindOrAdd(arg.Name, IdKind.Undecided);
        if (id.Kind != IdKind.Undecided)
        {
            throw Error(arg.Line > 0 ? arg : scope.Node, "argument name reused");
        }

        id.Kind = IdKind.Local;
        id.Flags = flags;
    }

    private void CompileClassBody(Scope scope, ClassDef def)
    {
        if (_scopePass)
        {
            // Becomes a cell if a method uses super() or __class__.
            scope.FindOrAdd("__class__", IdKind.Local);
        }

        LoadId("__name__");
        StoreId("__module__");
        _emit.LoadConstString(def.Name);
        StoreId("__qualname__");

        CompileStatements(def.Body);

        // Returning the __class__ cell lets __build_class__ fill it with the new class.
        IdInfo classCell = scope.Find("__class__")!;
        if (classCell.Kind == IdKind.Local)
        {
            _emit.LoadConstNone();
        }
        else
        {
            _emit.LoadFast(classCell.LocalNum);
        }

        _emit.ReturnValue();
    }
}
