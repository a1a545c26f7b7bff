using MicroPython.Runtime;

namespace MicroPython.Modules.Time;

/// <summary>
/// MicroPython's wrapping tick counters: values in [0, period), where the period is one more than the largest
/// small int (2⁶² on 64-bit boards, 2³⁰ on 32-bit ones); <c>ticks_diff</c> gives the signed distance in
/// [-period/2, period/2) and <c>ticks_add</c> refuses a delta outside (-period/2, period/2).
/// </summary>
public readonly struct TicksArithmetic
{
    /// <summary>The arithmetic of a board whose machine word is <paramref name="wordBytes"/> bytes.</summary>
    public TicksArithmetic(int wordBytes)
    {
        Period = wordBytes >= 8 ? 1L << 62 : 1L << 30;
    }

    /// <summary>Number of distinct tick values.</summary>
    public long Period { get; }

    private long Mask => Period - 1;

    private long Half => Period / 2;

    /// <summary>A raw counter reduced to a tick value.</summary>
    public long Wrap(long counter) => counter & Mask;

    /// <summary><c>ticks_add(ticks, delta)</c>; <c>OverflowError: ticks interval overflow</c> when |delta| ≥ period/2.</summary>
    public long Add(long ticks, long delta)
    {
        if (delta <= -Half || delta >= Half)
        {
            throw Errors.OverflowError("ticks interval overflow");
        }

        return unchecked(ticks + delta) & Mask;
    }

    /// <summary><c>ticks_diff(end, start)</c>: shifted by half a period, wrapped, shifted back.</summary>
    public long Diff(long end, long start) => (unchecked(end - start + Half) & Mask) - Half;
}
