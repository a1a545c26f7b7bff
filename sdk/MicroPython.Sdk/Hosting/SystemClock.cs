using System;
using System.Diagnostics;
using System.Threading;
using MicroPython.Sdk.Hal;

namespace MicroPython.Sdk.Hosting;

/// <summary>The host's wall clock, monotonic timer and time zone, for host ports.</summary>
public sealed class SystemClock : IClock
{
    /// <inheritdoc/>
    public long TicksMicroseconds => Stopwatch.GetTimestamp() / (Stopwatch.Frequency / 1_000_000);

    /// <inheritdoc/>
    public double EpochSeconds => (DateTime.UtcNow - DateTime.UnixEpoch).TotalSeconds;

    /// <inheritdoc/>
    public long EpochNanoseconds => (DateTime.UtcNow - DateTime.UnixEpoch).Ticks * 100;

    /// <inheritdoc/>
    public long TicksCpu => Stopwatch.GetTimestamp();

    /// <inheritdoc/>
    public (TimeSpan Offset, bool IsDaylightSaving) LocalOffset(long epochSeconds)
    {
        // Outside DateTime's range the offset of the nearest representable instant is as good as any.
        const long MinSeconds = -62135596800;   // 0001-01-01
        const long MaxSeconds = 253402300799;   // 9999-12-31 23:59:59
        var instant = DateTimeOffset.FromUnixTimeSeconds(Math.Clamp(epochSeconds, MinSeconds, MaxSeconds)).UtcDateTime;
        var zone = TimeZoneInfo.Local;
        return (zone.GetUtcOffset(instant), zone.IsDaylightSavingTime(instant));
    }

    /// <inheritdoc/>
    public void Sleep(long microseconds)
    {
        if (microseconds > 0)
        {
            Thread.Sleep(TimeSpan.FromTicks(microseconds * 10));
        }
    }
}
