using System.Collections.Generic;

namespace MicroPython.Bytecode;

/// <summary>What kind of code a raw-code element holds (.mpy kind_code).</summary>
public enum RawCodeKind
{
    Bytecode = 0,
    Native = 1,
    Viper = 2,
    Asm = 3,
}

/// <summary>Scope flags stored in a bytecode prelude (low four bits are persisted in .mpy).</summary>
public static class ScopeFlags
{
    public const int Generator = 0x01;
    public const int VarKeywords = 0x02;
    public const int VarArgs = 0x04;
    public const int DefKwArgs = 0x08;
}

/// <summary>
/// One compiled scope exactly as a .mpy stores it: <see cref="Code"/> holds the signature, prelude size, source
/// info (simple name, argument names, line table), cell list and opcodes (mpy-format.md §8). Qstr and object
/// operands are indices into the owning <see cref="CompiledModule"/>'s tables.
/// </summary>
public sealed class RawCode
{
    public RawCode(RawCodeKind kind, byte[] code, List<RawCode> children)
    {
        Kind = kind;
        Code = code;
        Children = children;
    }

    public RawCodeKind Kind { get; }

    /// <summary>Prelude + source info + cell list + opcodes.</summary>
    public byte[] Code { get; }

    /// <summary>Nested scopes in the order the compiler met them; MAKE_FUNCTION's operand indexes this list.</summary>
    public List<RawCode> Children { get; }
}

/// <summary>
/// The unit a compile produces and a .mpy file holds: the file-local qstr table (entry 0 = source file name),
/// the constant object table, and the module's outer raw code.
/// </summary>
/// <remarks>
/// Constants are plain .NET values so the compiler and mpy-cross need no run-time objects: <c>null</c> = None,
/// <see cref="bool"/>, <see cref="long"/> or <see cref="System.Numerics.BigInteger"/> = int, <see cref="double"/> =
/// float, <see cref="System.Numerics.Complex"/> = complex (pure imaginary), <see cref="string"/> = str,
/// <c>byte[]</c> = bytes, <see cref="EllipsisConstant"/> = Ellipsis, <c>object?[]</c> = tuple of constants.
/// </remarks>
public sealed class CompiledModule
{
    public CompiledModule(List<string> qstrs, List<object?> constants, RawCode root)
    {
        Qstrs = qstrs;
        Constants = constants;
        Root = root;
    }

    public List<string> Qstrs { get; }
    public List<object?> Constants { get; }
    public RawCode Root { get; }

    /// <summary>The source file name the code was compiled with (qstr entry 0).</summary>
    public string SourceFile => Qstrs[0];
}

/// <summary>The <c>...</c> constant in a constant table.</summary>
public sealed class EllipsisConstant
{
    public static readonly EllipsisConstant Instance = new();

    private EllipsisConstant()
    {
    }
}
