using System;

namespace MicroPython.Modules.Random;

/// <summary>
/// The Yasmarang generator MicroPython's <c>random</c> uses: 32-bit outputs from a small state (pad, n, d, dat),
/// fast and tiny rather than statistically strong. After <see cref="Seed"/> with the same value the sequence
/// repeats exactly, and draws in ranges up to 2³² follow MicroPython's method, so a seeded program draws what it
/// draws on a board.
/// </summary>
public sealed class Yasmarang
{
    private uint _pad = 0xeda4baba;
    private uint _n = 69;
    private uint _d = 233;
    private byte _dat;

    /// <summary>Restarts the sequence from <paramref name="seed"/>.</summary>
    public void Seed(uint seed)
    {
        _pad = seed;
        _n = 69;
        _d = 233;
        _dat = 0;
    }

    /// <summary>The next 32 random bits.</summary>
    public uint Next()
    {
        _pad += _dat + (_d * _n);
        _pad = (_pad << 3) + (_pad >> 29);
        _n = _pad | 2;
        _d ^= (_pad << 31) + (_pad >> 1);
        _dat ^= (byte)(_pad ^ (_d >> 8) ^ 1);
        return _pad ^ (_d << 5) ^ (_pad >> 18) ^ ((uint)_dat << 1);
    }

    /// <summary>A uniform value in [0, <paramref name="n"/>) for n ≥ 1: masked draws, redrawn until below n (no modulo bias).</summary>
    public ulong Below(ulong n)
    {
        if (n <= 1)
        {
            return 0;
        }

        ulong mask = 1;
        while ((n & mask) < n)
        {
            mask = (mask << 1) | 1;
        }

        ulong r;
        do
        {
            // Up to 2**32 one draw, as MicroPython; wider ranges (beyond MicroPython's 32 bits) take two.
            r = mask <= uint.MaxValue ? Next() & mask : (((ulong)Next() << 32) | Next()) & mask;
        }
        while (r >= n);
        return r;
    }

    /// <summary>A double in [0, 1): 52 random fraction bits under the exponent of 1.0, minus one.</summary>
    public double NextDouble()
    {
        ulong high = Next();
        ulong fraction = ((high << 32) | Next()) & ((1UL << 52) - 1);
        return BitConverter.Int64BitsToDouble((long)(0x3FF0000000000000UL | fraction)) - 1.0;
    }
}
