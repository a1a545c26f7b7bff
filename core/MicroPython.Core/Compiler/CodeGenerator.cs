using System;
using System.Collections.Generic;
using MicroPython.Bytecode;
using MicroPython.Compiler.Ast;

namespace MicroPython.Compiler;

/// <summary>
/// Turns a syntax tree into MicroPython bytecode, following py/compile.c. Every scope is walked twice: a scope
/// pass that creates the child scopes (in breadth-first order), collects names and registers the qstrs and
/// constants MicroPython registers at that stage, then — after slots are numbered — an emit pass that writes the
/// opcodes. Running both passes over the same code keeps the qstr and constant tables in MicroPython's order.
/// </summary>
internal sealed partial class CodeGenerator
{
    // The iterator argument of a comprehension: a name no identifier can clash with (MicroPython uses the blank qstr).
    private const string ComprehensionArgument = "";

    private readonly string _fileName;
    private readonly CompileOptions _options;
    private readonly ModuleTables _tables;
    private readonly ConstantFolder _folder;
    private readonly bool _isRepl;
    private readonly List<Scope> _scopes = new();
    private readonly Dictionary<Node, Scope> _scopeByNode = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<Node, Lambda> _tupleBuilders = new(ReferenceEqualityComparer.Instance);

    private bool _scopePass;
    private Scope _scope = null!;
    private BytecodeEmitter _emit = null!;

    // Loop and exception-block state (py/compile.c compiler_t).
    private int _breakLabel = -1;
    private int _continueLabel = -1;
    private bool _breakFromFor;
    private int _breakContinueExceptLevel;
    private int _curExceptLevel;
    private int _hiddenLocalCount;

    // Default-argument state while compiling a def or lambda header.
    private bool _haveStar;
    private int _numDictParams;
    private int _numDefaultParams;

    private CodeGenerator(string fileName, CompileOptions options, ConstantFolder folder, bool isRepl)
    {
        _fileName = fileName;
        _options = options;
        _tables = new ModuleTables(fileName);
        _folder = folder;
        _isRepl = isRepl;
    }

    /// <summary>Compiles a whole tree (a <see cref="Module"/> or an <see cref="ExpressionModule"/>).</summary>
    public static CompiledModule Compile(Node tree, string fileName, CompileMode mode, CompileOptions options)
    {
        bool isRepl = mode == CompileMode.Single || (tree is Module m && m.IsInteractive) || options.PrintExpressionStatements;
        if (mode == CompileMode.Eval && tree is not ExpressionModule)
        {
            throw new ArgumentException("eval mode needs an ExpressionModule", nameof(tree));
        }

        if (tree is not Module && tree is not ExpressionModule)
        {
            throw new ArgumentException("the tree must be a Module or an ExpressionModule", nameof(tree));
        }

        ConstantFolder folder = ConstantFolder.Run(tree, fileName, options);
        var generator = new CodeGenerator(fileName, options, folder, isRepl);
        return generator.Run(tree);
    }

    private CompiledModule Run(Node tree)
    {
        var module = new Scope(ScopeKind.Module, null, tree, "<module>");
        _scopes.Add(module);

        // Scope pass; children are appended to _scopes as their parents are walked.
        for (int i = 0; i < _scopes.Count; i++)
        {
            Scope scope = _scopes[i];
            CompileScope(scope, scopePass: true);
            for (int j = 0; j < scope.Ids.Count; j++)
            {
                IdInfo id = scope.Ids[j];
                if (id.Kind == IdKind.GlobalImplicit)
                {
                    ScopeAnalyzer.CheckToCloseOver(scope, id);
                }
            }
        }

        foreach (Scope scope in _scopes)
        {
            ScopeAnalyzer.ComputeSlots(scope);
        }

        foreach (Scope scope in _scopes)
        {
            CompileScope(scope, scopePass: false);
        }

        RawCode root = BuildRawCode(module);
        return new CompiledModule(_tables.Qstrs, _tables.Constants, root);
    }

    private static RawCode BuildRawCode(Scope scope)
    {
        var children = new List<RawCode>(scope.Children.Count);
        foreach (Scope child in scope.Children)
        {
            children.Add(BuildRawCode(child));
        }

        return new RawCode(RawCodeKind.Bytecode, scope.Code!, children);
    }

    private void CompileScope(Scope scope, bool scopePass)
    {
        _scopePass = scopePass;
        _scope = scope;
        _emit = new BytecodeEmitter(_tables, scopePass, _options.OptimizationLevel >= 3);
        _breakLabel = -1;
        _continueLabel = -1;
        _breakFromFor = false;
        _breakContinueExceptLevel = 0;
        _curExceptLevel = 0;
        _hiddenLocalCount = 0;

        // py/emitbc.c start_pass: the simple name, then (once known) the argument names, enter the qstr table first.
        int simpleName = _tables.UseQstr(scope.SimpleName);
        int[] argNames = Array.Empty<int>();
        if (!scopePass)
        {
            argNames = new int[scope.NumPosArgs + scope.NumKwOnlyArgs];
            for (int i = 0; i < argNames.Length; i++)
            {
                string name = "*";
                foreach (IdInfo id in scope.Ids)
                {
                    if (id.IsParam && id.LocalNum == i)
                    {
                        name = id.Name;
                        break;
                    }
                }

                argNames[i] = _tables.UseQstr(name);
            }
        }

        switch (scope.Kind)
        {
            case ScopeKind.Module:
                CompileModuleBody(scope);
                break;
            case ScopeKind.Function:
                CompileFunctionBody(scope, (FunctionDef)scope.Node);
                break;
            case ScopeKind.Lambda:
                CompileLambdaBody(scope, (Lambda)scope.Node);
                break;
            case ScopeKind.Class:
                CompileClassBody(scope, (ClassDef)scope.Node);
                break;
            default:
                CompileComprehensionBody(scope, (ComprehensionExpr)scope.Node);
                break;
        }

        if (scopePass)
        {
            return;
        }

        var cells = new List<int>();
        foreach (IdInfo id in scope.Ids)
        {
            if (id.Kind == IdKind.Cell)
            {
                cells.Add(id.LocalNum);
            }
        }

        foreach (object child in _emit.Children)
        {
            scope.Children.Add((Scope)child);
        }

        var prelude = new PreludeInfo(
            scope.NumLocals,
            scope.ExcStackSize,
            scope.ScopeFlags,
            scope.NumPosArgs,
            scope.NumKwOnlyArgs,
            scope.NumDefPosArgs,
            simpleName,
            argNames,
            cells);
        scope.Code = _emit.Assemble(prelude);
    }

    private void CompileModuleBody(Scope scope)
    {
        if (scope.Node is ExpressionModule expression)
        {
            CompileExpr(expression.Body);
            _emit.ReturnValue();
            return;
        }

        CompileStatements(((Module)scope.Node).Body);
        _emit.LoadConstNone();
        _emit.ReturnValue();
    }

    /// <summary>Creates the scope of a def/lambda/class/comprehension in the scope pass and finds it again later.</summary>
    private Scope ChildScope(Node node, ScopeKind kind, string simpleName)
    {
        if (_scopePass)
        {
            var scope = new Scope(kind, _scope, node, simpleName);
            _scopeByNode[node] = scope;
            _scopes.Add(scope);
            return scope;
        }

        return _scopeByNode[node];
    }

    // ---- names ----

    private enum NameAccess
    {
        Load,
        Store,
        Delete,
    }

    private void LoadId(string name) => AccessId(name, NameAccess.Load);

    private void StoreId(string name) => AccessId(name, NameAccess.Store);

    private void DeleteId(string name) => AccessId(name, NameAccess.Delete);

    /// <summary>Emits the load/store/delete of a name in the form its scope resolution asks for.</summary>
    private void AccessId(string name, NameAccess access)
    {
        if (_scopePass)
        {
            if (access == NameAccess.Load)
            {
                ScopeAnalyzer.NoteLoad(_scope, name);
            }
            else
            {
                ScopeAnalyzer.NoteModification(_scope, name);
            }

            return;
        }

        IdInfo? id = _scope.Find(name);
        switch (id?.Kind ?? IdKind.GlobalImplicit)
        {
            case IdKind.Local:
                EmitFast(access, id!.LocalNum);
                break;
            case IdKind.Cell:
            case IdKind.Free:
                EmitDeref(access, id!.LocalNum);
                break;
            case IdKind.GlobalExplicit:
                EmitGlobal(access, name);
                break;
            default:
                // Undeclared names are globals inside functions, and dict names in module and class bodies.
                if (_scope.IsFunctionLike)
                {
                    EmitGlobal(access, name);
                }
                else
                {
                    EmitName(access, name);
                }

                break;
        }
    }

    private void EmitFast(NameAccess access, int slot)
    {
        switch (access)
        {
            case NameAccess.Load:
                _emit.LoadFast(slot);
                break;
            case NameAccess.Store:
                _emit.StoreFast(slot);
                break;
            default:
                _emit.DeleteFast(slot);
                break;
        }
    }

    private void EmitDeref(NameAccess access, int slot)
    {
        switch (access)
        {
            case NameAccess.Load:
                _emit.LoadDeref(slot);
                break;
            case NameAccess.Store:
                _emit.StoreDeref(slot);
                break;
            default:
                _emit.DeleteDeref(slot);
                break;
        }
    }

    private void EmitGlobal(NameAccess access, string name)
    {
        switch (access)
        {
            case NameAccess.Load:
                _emit.LoadGlobal(name);
                break;
            case NameAccess.Store:
                _emit.StoreGlobal(name);
                break;
            default:
                _emit.DeleteGlobal(name);
                break;
        }
    }

    private void EmitName(NameAccess access, string name)
    {
        switch (access)
        {
            case NameAccess.Load:
                _emit.LoadName(name);
                break;
            case NameAccess.Store:
                _emit.StoreName(name);
                break;
            default:
                _emit.DeleteName(name);
                break;
        }
    }

    /// <summary>A local no source name can clash with (the iterator of an <c>async for</c>).</summary>
    private string NewHiddenLocal() => "$" + (_hiddenLocalCount++).ToString(System.Globalization.CultureInfo.InvariantCulture);

    // ---- errors and lines ----

    /// <summary>
    /// Syntax a configuration leaves out (<see cref="CompileOptions.FStrings"/> …) is rejected as MicroPython's
    /// parser rejects it when built without the feature: <c>SyntaxError: invalid syntax</c> at its line.
    /// </summary>
    private void RequireFeature(bool enabled, Node node)
    {
        if (!enabled)
        {
            // A parser error in MicroPython, so the traceback line names no block.
            throw new CompileException(CompileErrorKind.SyntaxError, "invalid syntax", _fileName, node.Line);
        }
    }

    private CompileException Error(Node? node, string message)
    {
        int line = node?.Line ?? 0;
        return new CompileException(CompileErrorKind.SyntaxError, message, _fileName, line, _scope.SimpleName);
    }

    private void SetLine(Node node)
    {
        if (node.Line > 0)
        {
            _emit.SetSourceLine(node.Line);
        }
    }
}
