using System;
using System.Collections.Generic;

namespace MicroPython.Bytecode;

/// <summary>
/// The decoded head of a bytecode raw code (mpy-format.md §8): signature, prelude size, source info (simple name,
/// argument names, line table) and cell list, plus where the first opcode starts.
/// </summary>
/// <remarks>
/// All positions are absolute indices into the raw code's <see cref="RawCode.Code"/> array. Qstr values are indices
/// into the owning module's qstr table (<see cref="CompiledModule.Qstrs"/>), never run-time qstr ids. The VM decodes a
/// prelude once per code object and keeps this object; <see cref="LineForOffset(byte[], int)"/> is the cheap path
/// for tracebacks when only the bytes are at hand.
/// </remarks>
public sealed class Prelude
{
    private Prelude(
        int nState,
        int nExcStack,
        int scopeFlags,
        int nPosArgs,
        int nKwOnlyArgs,
        int nDefPosArgs,
        int simpleName,
        int[] argNames,
        int lineTableStart,
        int lineTableEnd,
        byte[] cellSlots,
        int codeStart)
    {
        NState = nState;
        NExcStack = nExcStack;
        ScopeFlags = scopeFlags;
        NPosArgs = nPosArgs;
        NKwOnlyArgs = nKwOnlyArgs;
        NDefPosArgs = nDefPosArgs;
        SimpleName = simpleName;
        ArgNames = argNames;
        LineTableStart = lineTableStart;
        LineTableEnd = lineTableEnd;
        CellSlots = cellSlots;
        CodeStart = codeStart;
    }

    /// <summary>Locals plus maximum value-stack depth; at least 1.</summary>
    public int NState { get; }

    /// <summary>Maximum nesting of SETUP_WITH/SETUP_EXCEPT/SETUP_FINALLY blocks.</summary>
    public int NExcStack { get; }

    /// <summary>Scope flags stored in the signature (<see cref="Bytecode.ScopeFlags"/>, low four bits).</summary>
    public int ScopeFlags { get; }

    /// <summary>Positional parameters, including closed-over cells passed as hidden leading arguments.</summary>
    public int NPosArgs { get; }

    public int NKwOnlyArgs { get; }

    /// <summary>Positional parameters that have defaults (the last N of them).</summary>
    public int NDefPosArgs { get; }

    /// <summary>Qstr-table index of the scope's simple name (<c>&lt;module&gt;</c>, <c>f</c>, <c>&lt;lambda&gt;</c> …).</summary>
    public int SimpleName { get; }

    /// <summary>Qstr-table indices of the <see cref="NPosArgs"/> + <see cref="NKwOnlyArgs"/> argument names in slot order.</summary>
    public int[] ArgNames { get; }

    /// <summary>First byte of the line-number table.</summary>
    public int LineTableStart { get; }

    /// <summary>One past the last byte of the line-number table.</summary>
    public int LineTableEnd { get; }

    /// <summary>Local slots whose value is wrapped in a new cell on entry (after arguments are bound).</summary>
    public byte[] CellSlots { get; }

    /// <summary>Index in the code array of the first opcode (bytecode offset 0).</summary>
    public int CodeStart { get; }

    public bool IsGenerator => (ScopeFlags & Bytecode.ScopeFlags.Generator) != 0;

    public bool HasVarArgs => (ScopeFlags & Bytecode.ScopeFlags.VarArgs) != 0;

    public bool HasVarKeywords => (ScopeFlags & Bytecode.ScopeFlags.VarKeywords) != 0;

    public bool HasDefaultKeywordArgs => (ScopeFlags & Bytecode.ScopeFlags.DefKwArgs) != 0;

    /// <summary>Decodes the prelude of a bytecode raw code.</summary>
    /// <exception cref="FormatException">The bytes end before the prelude does.</exception>
    public static Prelude Decode(byte[] code)
    {
        int position = 0;
        DecodeSignature(code, ref position, out int nState, out int nExcStack, out int flags, out int nPos, out int nKwOnly, out int nDefPos);
        DecodeSize(code, ref position, out int nInfo, out int nCell);

        int infoStart = position;
        int infoEnd = infoStart + nInfo;
        int codeStart = infoEnd + nCell;
        if (codeStart > code.Length)
        {
            throw new FormatException("truncated bytecode prelude");
        }

        ReadOnlySpan<byte> info = code.AsSpan(0, infoEnd);
        int simpleName = VarUint.ReadInt(info, ref position);
        int[] argNames = new int[nPos + nKwOnly];
        for (int i = 0; i < argNames.Length; i++)
        {
            argNames[i] = VarUint.ReadInt(info, ref position);
        }

        byte[] cells = code.AsSpan(infoEnd, nCell).ToArray();
        return new Prelude(nState, nExcStack, flags, nPos, nKwOnly, nDefPos, simpleName, argNames, position, infoEnd, cells, codeStart);
    }

    /// <summary>Source line for the opcode at absolute index <paramref name="opcodeIndex"/> of <paramref name="code"/>.</summary>
    public int LineFor(byte[] code, int opcodeIndex) =>
        LineForBytecodeOffset(code, LineTableStart, LineTableEnd, opcodeIndex - CodeStart);

    /// <summary>
    /// Source line of the opcode at absolute index <paramref name="opcodeOffset"/> of <paramref name="code"/> (the
    /// VM's instruction pointer pointing at the opcode byte), decoding just enough of the prelude to find the table.
    /// </summary>
    public static int LineForOffset(byte[] code, int opcodeOffset)
    {
        int position = 0;
        DecodeSignature(code, ref position, out _, out _, out _, out int nPos, out int nKwOnly, out _);
        DecodeSize(code, ref position, out int nInfo, out int nCell);
        int infoEnd = position + nInfo;
        ReadOnlySpan<byte> info = code.AsSpan(0, Math.Min(infoEnd, code.Length));
        for (int i = 0; i < 1 + nPos + nKwOnly; i++)
        {
            VarUint.Skip(info, ref position);
        }

        return LineForBytecodeOffset(code, position, infoEnd, opcodeOffset - (infoEnd + nCell));
    }

    /// <summary>
    /// Walks a line table (mpy-format.md §8.4) for an offset counted from the first opcode: line 1 plus every step
    /// whose byte advance is still covered by the offset.
    /// </summary>
    public static int LineForBytecodeOffset(byte[] code, int tableStart, int tableEnd, int bytecodeOffset)
    {
        int line = 1;
        int position = tableStart;
        while (position < tableEnd)
        {
            int c = code[position];
            int bytes;
            int lines;
            if ((c & 0x80) == 0)
            {
                bytes = c & 0x1F;
                lines = c >> 5;
                position += 1;
            }
            else
            {
                bytes = c & 0x0F;
                lines = ((c << 4) & 0x700) | (position + 1 < tableEnd ? code[position + 1] : 0);
                position += 2;
            }

            if (bytecodeOffset >= bytes)
            {
                bytecodeOffset -= bytes;
                line += lines;
            }
            else
            {
                break;
            }
        }

        return line;
    }

    /// <summary>Decodes the six signature numbers (mpy-format.md §8.1, MP_BC_PRELUDE_SIG_DECODE_INTO).</summary>
    public static void DecodeSignature(
        ReadOnlySpan<byte> code,
        ref int position,
        out int nState,
        out int nExcStack,
        out int scopeFlags,
        out int nPosArgs,
        out int nKwOnlyArgs,
        out int nDefPosArgs)
    {
        int z = ReadByte(code, ref position);
        int s = (z >> 3) & 0xF;
        int e = (z >> 2) & 0x1;
        int f = 0;
        int a = z & 0x3;
        int k = 0;
        int d = 0;
        for (int n = 0; (z & 0x80) != 0; n++)
        {
            z = ReadByte(code, ref position);
            s |= (z & 0x30) << (2 * n);
            e |= (z & 0x02) << n;
            f |= ((z & 0x40) >> 6) << n;
            a |= (z & 0x04) << n;
            k |= ((z & 0x08) >> 3) << n;
            d |= (z & 0x01) << n;
        }

        nState = s + 1;
        nExcStack = e;
        scopeFlags = f;
        nPosArgs = a;
        nKwOnlyArgs = k;
        nDefPosArgs = d;
    }

    /// <summary>Decodes n_info and n_cell (mpy-format.md §8.2, MP_BC_PRELUDE_SIZE_DECODE_INTO).</summary>
    public static void DecodeSize(ReadOnlySpan<byte> code, ref int position, out int nInfo, out int nCell)
    {
        int info = 0;
        int cell = 0;
        int z;
        int n = 0;
        do
        {
            z = ReadByte(code, ref position);
            info |= ((z & 0x7E) >> 1) << (6 * n);
            cell |= (z & 1) << n;
            n++;
        }
        while ((z & 0x80) != 0);

        nInfo = info;
        nCell = cell;
    }

    /// <summary>
    /// Appends the signature bytes (MP_BC_PRELUDE_SIG_ENCODE). <paramref name="nState"/> is the real state size
    /// (≥ 1); only the low four bits of <paramref name="scopeFlags"/> are stored.
    /// </summary>
    public static void EncodeSignature(List<byte> output, int nState, int nExcStack, int scopeFlags, int nPosArgs, int nKwOnlyArgs, int nDefPosArgs)
    {
        int s = nState - 1;
        int e = nExcStack;
        int f = scopeFlags & 0x0F;
        int a = nPosArgs;
        int k = nKwOnlyArgs;
        int d = nDefPosArgs;

        int z = ((s & 0xF) << 3) | ((e & 1) << 2) | (a & 3);
        s >>= 4;
        e >>= 1;
        a >>= 2;
        while ((s | e | f | a | k | d) != 0)
        {
            output.Add((byte)(0x80 | z));
            z = ((f & 1) << 6) | ((s & 3) << 4) | ((k & 1) << 3) | ((a & 1) << 2) | ((e & 1) << 1) | (d & 1);
            s >>= 2;
            e >>= 1;
            f >>= 1;
            a >>= 1;
            k >>= 1;
            d >>= 1;
        }

        output.Add((byte)z);
    }

    /// <summary>Appends the prelude-size bytes (MP_BC_PRELUDE_SIZE_ENCODE): n_info and n_cell interleaved.</summary>
    public static void EncodeSize(List<byte> output, int nInfo, int nCell)
    {
        int i = nInfo;
        int c = nCell;
        do
        {
            int z = ((i & 0x3F) << 1) | (c & 1);
            c >>= 1;
            i >>= 6;
            if ((c | i) != 0)
            {
                z |= 0x80;
            }

            output.Add((byte)z);
        }
        while ((c | i) != 0);
    }

    /// <summary>
    /// Appends line-table entries for a step of <paramref name="bytes"/> bytecode bytes and <paramref name="lines"/>
    /// source lines, split as py/emitbc.c does (1-byte form unless many lines with few bytes).
    /// </summary>
    public static void EncodeLineStep(List<byte> output, int bytes, int lines)
    {
        while (bytes > 0 || lines > 0)
        {
            int b;
            int l;
            if (lines <= 6 || bytes > 15)
            {
                // 0b0LLBBBBB; all the bytes are skipped before any of the lines.
                b = Math.Min(bytes, 31);
                l = b < bytes ? 0 : Math.Min(lines, 3);
                output.Add((byte)(b | (l << 5)));
            }
            else
            {
                // 0b1LLLBBBB 0bLLLLLLLL
                b = Math.Min(bytes, 15);
                l = Math.Min(lines, 2047);
                output.Add((byte)(0x80 | ((l >> 4) & 0x70) | b));
                output.Add((byte)(l & 0xFF));
            }

            bytes -= b;
            lines -= l;
        }
    }

    private static int ReadByte(ReadOnlySpan<byte> code, ref int position)
    {
        if ((uint)position >= (uint)code.Length)
        {
            throw new FormatException("truncated bytecode prelude");
        }

        return code[position++];
    }
}
