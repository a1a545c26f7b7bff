using System;
using System.Diagnostics;
using System.Threading;
using MicroPython.Sdk.Hal;

namespace MicroPython.Sdk.Hosting;

/// <summary>The host's wall clock and monotonic timer, for host ports.</summary>
public sealed class SystemClock : IClock
{
    /// <inheritdoc/>
    public long TicksMicroseconds => Stopwatch.GetTimestamp() / (Stopwatch.Frequency / 1_000_000);

    /// <inheritdoc/>
    public double EpochSeconds => (DateTime.UtcNow - DateTime.UnixEpoch).TotalSeconds;

    /// <inheritdoc/>
    public void Sleep(long microseconds)
    {
        if (microseconds > 0)
        {
            Thread.Sleep(TimeSpan.FromTicks(microseconds * 10));
        }
    }
}
