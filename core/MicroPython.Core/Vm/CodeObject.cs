using MicroPython.Bytecode;
using MicroPython.Objects;
using MicroPython.Runtime;

namespace MicroPython.Vm;

/// <summary>
/// What every code object of one loaded module shares: the qstr table resolved to interned strings, the constant
/// table converted to Python objects, the source file name and the runtime the module was loaded into.
/// </summary>
public sealed class CodeContext
{
    public CodeContext(PyRuntime runtime, string sourceFile, StrObject[] qstrs, PyObject[] constants)
    {
        Runtime = runtime;
        SourceFile = sourceFile;
        Qstrs = qstrs;
        Constants = constants;
    }

    public PyRuntime Runtime { get; }

    /// <summary>Qstr-table entry 0: the file name tracebacks print.</summary>
    public string SourceFile { get; }

    /// <summary>The module's qstr table (qstr operands index it); every entry is interned.</summary>
    public StrObject[] Qstrs { get; }

    /// <summary>The module's constant table (LOAD_CONST_OBJ operands index it).</summary>
    public PyObject[] Constants { get; }
}

/// <summary>
/// A loaded bytecode raw code (MicroPython's <c>mp_raw_code_t</c> + decoded prelude): the opcode bytes, the decoded
/// signature, argument names and cell slots, and the children that MAKE_FUNCTION* instantiate. Immutable after
/// loading; the fields are plain so the interpreter (and a future IL tier) read them without indirection.
/// </summary>
public sealed class CodeObject
{
    /// <summary>The code bytes (prelude included); instruction pointers are absolute indices into this array.</summary>
    public readonly byte[] Bytecode;

    /// <summary>Index of the first opcode in <see cref="Bytecode"/>.</summary>
    public readonly int CodeStart;

    /// <summary>Local slots plus value-stack depth, as the prelude says (what MicroPython allocates and charges).</summary>
    public readonly int NState;

    /// <summary>
    /// Length of a frame's state array: <see cref="NState"/> plus one slot per exception-block level (local slot
    /// <c>i</c> is <c>state[StateSlots - 1 - i]</c>). A finally body is compiled as if one value (None or the
    /// exception) were on the stack, but a <c>return</c> or <c>break</c>/<c>continue</c> passing through it leaves two
    /// (value or destination, and the marker), so each finally level running that way needs one slot more than
    /// the prelude's depth; MicroPython's stack would silently run into the last local there.
    /// </summary>
    public readonly int StateSlots;

    public readonly int NExcStack;

    /// <summary><see cref="Bytecode.ScopeFlags"/> of the signature.</summary>
    public readonly int ScopeFlags;

    /// <summary>Positional parameters, including the closure cells passed as hidden leading arguments.</summary>
    public readonly int NPosArgs;

    public readonly int NKwOnlyArgs;

    public readonly int NDefPosArgs;

    /// <summary>True when the scope is a generator (or <c>async def</c>): calling it makes a generator object.</summary>
    public readonly bool IsGenerator;

    /// <summary>True when binding can take the plain positional fast path (no *args, **kwargs, kw-only or kw defaults).</summary>
    public readonly bool IsSimpleSignature;

    /// <summary>True when a call with exactly <see cref="NPosArgs"/> positional arguments just copies them into the
    /// slots: a simple signature and no cells to create.</summary>
    public readonly bool IsPlainPositional;

    /// <summary>The scope's simple name (<c>&lt;module&gt;</c>, <c>f</c>, <c>&lt;lambda&gt;</c> …), for tracebacks and reprs.</summary>
    public readonly StrObject Name;

    /// <summary>The <see cref="NPosArgs"/> + <see cref="NKwOnlyArgs"/> parameter names in slot order (closure slots are <c>*</c>).</summary>
    public readonly StrObject[] ArgNames;

    /// <summary>Local slots wrapped in a fresh cell on entry.</summary>
    public readonly byte[] CellSlots;

    /// <summary>The module's qstr table (shared).</summary>
    public readonly StrObject[] Qstrs;

    /// <summary>The module's constant table (shared).</summary>
    public readonly PyObject[] Constants;

    /// <summary>Nested scopes; MAKE_FUNCTION*/MAKE_CLOSURE* operands index this array.</summary>
    public readonly CodeObject?[] Children;

    public readonly CodeContext Context;

    /// <summary>Finished frames of this code kept for the next calls, linked through <see cref="Frame.NextSpare"/>
    /// (see <see cref="Frame.Rent"/>); like the rest of the runtime, a code object is run by one thread at a time.</summary>
    internal Frame? SpareFrame;

    /// <summary>How many frames <see cref="SpareFrame"/> holds behind the first.</summary>
    internal int SpareFrames;

    /// <summary>The inline caches of this code's attribute and global-name instructions, indexed by the opcode's
    /// absolute index (see <see cref="SiteCaches"/>); null until one of them first runs.</summary>
    internal object?[]? SiteCaches;

    /// <summary>This code compiled to IL (tier 1), once it ran hot; see Vm/Tier1/.</summary>
    internal Tier1.Tier1Code? Tier1;

    /// <summary>Tier-1 heat (see <see cref="Tier1.Tier1Runner"/>); −1 when the code is never to be compiled.</summary>
    internal int Tier1Heat;

    private readonly int _lineTableStart;
    private readonly int _lineTableEnd;

    internal CodeObject(CodeContext context, byte[] code, Prelude prelude, CodeObject?[] children)
    {
        Context = context;
        Bytecode = code;
        CodeStart = prelude.CodeStart;
        NState = prelude.NState;
        NExcStack = prelude.NExcStack;
        StateSlots = NState + NExcStack;
        ScopeFlags = prelude.ScopeFlags;
        NPosArgs = prelude.NPosArgs;
        NKwOnlyArgs = prelude.NKwOnlyArgs;
        NDefPosArgs = prelude.NDefPosArgs;
        IsGenerator = prelude.IsGenerator;
        Tier1Heat = IsGenerator ? -1 : 0; // generators stay interpreted
        IsSimpleSignature = NKwOnlyArgs == 0
            && (ScopeFlags & (MicroPython.Bytecode.ScopeFlags.VarArgs | MicroPython.Bytecode.ScopeFlags.VarKeywords | MicroPython.Bytecode.ScopeFlags.DefKwArgs)) == 0;
        Qstrs = context.Qstrs;
        Constants = context.Constants;
        Name = Qstrs[prelude.SimpleName];
        var argNames = new StrObject[prelude.ArgNames.Length];
        for (int i = 0; i < argNames.Length; i++)
        {
            argNames[i] = Qstrs[prelude.ArgNames[i]];
        }

        ArgNames = argNames;
        CellSlots = prelude.CellSlots;
        IsPlainPositional = IsSimpleSignature && CellSlots.Length == 0;
        Children = children;
        _lineTableStart = prelude.LineTableStart;
        _lineTableEnd = prelude.LineTableEnd;
    }

    public PyRuntime Runtime => Context.Runtime;

    public string SourceFile => Context.SourceFile;

    /// <summary>Source line of the opcode at absolute index <paramref name="ip"/>.</summary>
    public int LineForIp(int ip) => Prelude.LineForBytecodeOffset(Bytecode, _lineTableStart, _lineTableEnd, ip - CodeStart);

    public override string ToString() => Name.Value;
}
