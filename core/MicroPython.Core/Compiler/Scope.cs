using System.Collections.Generic;
using MicroPython.Compiler.Ast;

namespace MicroPython.Compiler;

/// <summary>What kind of code a scope compiles to (py/scope.h scope_kind_t).</summary>
internal enum ScopeKind
{
    Module,
    Class,
    Function,
    Lambda,
    ListComp,
    DictComp,
    SetComp,
    GenExpr,
}

/// <summary>How a name is accessed inside one scope (py/scope.h id_info_kind_t).</summary>
internal enum IdKind
{
    /// <summary>Only declared (parameter being added, <c>global</c>/<c>nonlocal</c> being processed).</summary>
    Undecided,

    /// <summary>Not bound here: LOAD_NAME at module/class level, becomes <see cref="GlobalExplicit"/> in functions.</summary>
    GlobalImplicit,

    /// <summary>Assigned in a class body: a class-dict name (NAME ops) that methods do not close over.</summary>
    GlobalImplicitWasClassLocal,

    /// <summary>Declared <c>global</c> (or an unbound name in a function): LOAD_GLOBAL/STORE_GLOBAL.</summary>
    GlobalExplicit,

    /// <summary>A fast local slot.</summary>
    Local,

    /// <summary>A local of this scope captured by an inner scope: its slot holds a cell.</summary>
    Cell,

    /// <summary>A variable of an enclosing scope reached through a cell passed in as a hidden argument.</summary>
    Free,
}

/// <summary>Parameter flags of an identifier (py/scope.h ID_FLAG_*).</summary>
internal static class IdFlags
{
    public const int IsParam = 0x01;
    public const int IsStarParam = 0x02;
    public const int IsDblStarParam = 0x04;
}

/// <summary>One name used in a scope.</summary>
internal sealed class IdInfo
{
    public IdInfo(string name, IdKind kind)
    {
        Name = name;
        Kind = kind;
    }

    public string Name { get; }

    public IdKind Kind { get; set; }

    /// <summary>Combination of <see cref="IdFlags"/>.</summary>
    public int Flags { get; set; }

    /// <summary>Slot number for locals, cells and free variables.</summary>
    public int LocalNum { get; set; }

    public bool IsParam => (Flags & IdFlags.IsParam) != 0;
}

/// <summary>
/// A function, class, lambda, comprehension or the module being compiled: its names in order of first
/// appearance (which fixes the slot order), argument counts and the sizes the emitter needs for the prelude.
/// </summary>
internal sealed class Scope
{
    private readonly Dictionary<string, IdInfo> _byName = new();

    public Scope(ScopeKind kind, Scope? parent, Node node, string simpleName)
    {
        Kind = kind;
        Parent = parent;
        Node = node;
        SimpleName = simpleName;
    }

    public ScopeKind Kind { get; }

    public Scope? Parent { get; }

    /// <summary>The defining node: Module/ExpressionModule, FunctionDef, ClassDef, Lambda or ComprehensionExpr.</summary>
    public Node Node { get; }

    public string SimpleName { get; }

    /// <summary>Names in order of first appearance (parameters first).</summary>
    public List<IdInfo> Ids { get; } = new();

    /// <summary>Scope flags (Bytecode.ScopeFlags): generator, *args, **kwargs, keyword-only defaults.</summary>
    public int ScopeFlags { get; set; }

    /// <summary>Positional parameters; after <see cref="ScopeAnalyzer.ComputeSlots"/> it includes the free variables.</summary>
    public int NumPosArgs { get; set; }

    public int NumKwOnlyArgs { get; set; }

    public int NumDefPosArgs { get; set; }

    public int NumLocals { get; set; }

    /// <summary>Maximum nesting of exception blocks, counted while compiling (py/compile.c exc_stack_size).</summary>
    public int ExcStackSize { get; set; }

    /// <summary>The bytes of this scope's raw code once emitted.</summary>
    public byte[]? Code { get; set; }

    /// <summary>Scopes made by this one's MAKE_FUNCTION*/MAKE_CLOSURE* operands, in child-index order.</summary>
    public List<Scope> Children { get; } = new();

    public bool IsFunctionLike => Kind != ScopeKind.Module && Kind != ScopeKind.Class;

    public bool IsComprehensionLike => Kind >= ScopeKind.ListComp;

    public IdInfo? Find(string name) => _byName.TryGetValue(name, out IdInfo? id) ? id : null;

    /// <summary>Finds <paramref name="name"/> or appends it with <paramref name="kind"/>.</summary>
    public IdInfo FindOrAdd(string name, IdKind kind, out bool added)
    {
        if (_byName.TryGetValue(name, out IdInfo? id))
        {
            added = false;
            return id;
        }

        id = new IdInfo(name, kind);
        Ids.Add(id);
        _byName.Add(name, id);
        added = true;
        return id;
    }

    public IdInfo FindOrAdd(string name, IdKind kind) => FindOrAdd(name, kind, out _);

    /// <summary>The outermost (module) scope.</summary>
    public Scope Root
    {
        get
        {
            Scope s = this;
            while (s.Parent != null)
            {
                s = s.Parent;
            }

            return s;
        }
    }
}
