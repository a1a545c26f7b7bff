using System.Runtime.CompilerServices;

namespace MicroPython.Vm;

// Operand decoding for the dispatch loop, inlined at every use (bytecode.md §1.1).
public static partial class Interpreter
{
    /// <summary>A signed jump offset (UNWIND_JUMP … POP_JUMP_IF_FALSE): one byte −64…63, or two bytes −16384…16383.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int ReadSignedJump(byte[] bc, ref int ip)
    {
        int off = bc[ip++];
        if (off < 0x80)
        {
            return off - 0x40;
        }

        return ((off & 0x7F) | (bc[ip++] << 7)) - 0x4000;
    }

    /// <summary>An unsigned (forward) jump offset: one byte 0…127, or two bytes 0…32767.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int ReadUnsignedJump(byte[] bc, ref int ip)
    {
        int off = bc[ip++];
        if (off >= 0x80)
        {
            off = (off & 0x7F) | (bc[ip++] << 7);
        }

        return off;
    }

    /// <summary>A vuint operand: one byte below 0x80 inline, longer encodings through the slow decoder.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int ReadUint(byte[] bc, ref int ip)
    {
        int arg = bc[ip++];
        if (arg >= 0x80)
        {
            long r = ReadUintSlow(bc, ip - 1);
            arg = (int)r;
            ip = (int)(r >> 32);
        }

        return arg;
    }
}
