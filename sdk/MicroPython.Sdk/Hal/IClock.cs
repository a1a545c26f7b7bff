using System;

namespace MicroPython.Sdk.Hal;

/// <summary>
/// Time as <c>time.ticks_ms()</c>/<c>ticks_us()</c>/<c>time.time()</c> see it. A host port uses the wall clock; a
/// simulated board a virtual clock that jumps ahead while the program sleeps.
/// </summary>
public interface IClock
{
    /// <summary>Monotonic microseconds since an arbitrary origin.</summary>
    long TicksMicroseconds { get; }

    /// <summary>Seconds since the port's epoch (1970 on unix and windows, 2000 on most boards).</summary>
    double EpochSeconds { get; }

    /// <summary>Nanoseconds since the port's epoch (<c>time.time_ns()</c>); by default derived from <see cref="EpochSeconds"/>.</summary>
    long EpochNanoseconds => (long)(EpochSeconds * 1e9);

    /// <summary>The finest monotonic counter the port has (<c>time.ticks_cpu()</c>); by default <see cref="TicksMicroseconds"/>.</summary>
    long TicksCpu => TicksMicroseconds;

    /// <summary>
    /// Local time's offset from UTC at the instant <paramref name="epochSeconds"/>, and whether daylight saving
    /// applies then (<c>time.localtime</c>, <c>time.mktime</c>). By default the port keeps UTC.
    /// </summary>
    (TimeSpan Offset, bool IsDaylightSaving) LocalOffset(long epochSeconds) => (TimeSpan.Zero, false);

    /// <summary>Waits (or, on a virtual clock, advances) by <paramref name="microseconds"/>.</summary>
    void Sleep(long microseconds);
}
