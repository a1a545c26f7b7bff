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

    /// <summary>Waits (or, on a virtual clock, advances) by <paramref name="microseconds"/>.</summary>
    void Sleep(long microseconds);
}
