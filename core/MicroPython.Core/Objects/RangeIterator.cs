using System.Runtime.CompilerServices;

namespace MicroPython.Objects;

/// <summary>
/// Iterator over a range: plain long fields and a remaining-count, so <c>for i in range(n)</c> costs one
/// compare, one add and (for values outside the small-int cache) one allocation per step.
/// </summary>
public sealed class RangeIterator : IteratorObject
{
    private long _current;
    private readonly long _step;
    private ulong _remaining;

    public RangeIterator(long start, long stop, long step)
    {
        _current = start;
        _step = step;

        // The count is computed once; counting down avoids overflow at the ends of the long range.
        System.Int128 span = step > 0 ? (System.Int128)stop - start : (System.Int128)start - stop;
        if (span > 0)
        {
            System.Int128 s = step > 0 ? step : -(System.Int128)step;
            _remaining = (ulong)(((span - 1) / s) + 1);
        }
    }

    /// <summary>Fast path for the VM: the next value without boxing it, false when exhausted.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool TryNext(out long value)
    {
        if (_remaining == 0)
        {
            value = 0;
            return false;
        }

        _remaining--;
        value = _current;
        _current = unchecked(_current + _step);
        return true;
    }

    public override PyObject? Next()
    {
        if (_remaining == 0)
        {
            return null;
        }

        _remaining--;
        long v = _current;
        _current = unchecked(_current + _step);
        return IntObject.Get(v);
    }
}
