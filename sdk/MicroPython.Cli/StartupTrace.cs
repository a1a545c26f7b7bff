using System;
using System.Diagnostics;
using System.IO;
using System.Text;

namespace MicroPython.Cli;

/// <summary>
/// Where start-up time goes, for whoever tunes it: with <c>MICROPY_TRACE_STARTUP=1</c> in the environment the
/// launcher prints, on stderr at exit, the time of each start-up phase since <c>Main</c> was entered and since the
/// process was created (the difference is the .NET host and runtime before our first line runs), and what the .NET
/// heap did over the run. Off, a mark is one static bool test.
/// </summary>
internal static class StartupTrace
{
    /// <summary>The environment variable that turns the trace on (a tool variable, not a configuration option).</summary>
    public const string EnvironmentVariable = "MICROPY_TRACE_STARTUP";

    private static readonly bool s_enabled = Environment.GetEnvironmentVariable(EnvironmentVariable) is "1";
    private static readonly long s_start = Stopwatch.GetTimestamp();
    private static readonly StringBuilder s_lines = new();
    private static long s_last = s_start;

    /// <summary>Records the end of phase <paramref name="phase"/>.</summary>
    public static void Mark(string phase)
    {
        if (!s_enabled)
        {
            return;
        }

        lock (s_lines)
        {
            long now = Stopwatch.GetTimestamp();
            s_lines.Append($"  {phase,-34} {Stopwatch.GetElapsedTime(s_last, now).TotalMilliseconds,8:F2} ms  (at {Stopwatch.GetElapsedTime(s_start, now).TotalMilliseconds,7:F2})\n");
            s_last = now;
        }
    }

    /// <summary>Prints the phases, if tracing is on.</summary>
    public static void Report()
    {
        if (!s_enabled)
        {
            return;
        }

        Mark("exit");
        double sinceMain = Stopwatch.GetElapsedTime(s_start).TotalMilliseconds;
        double sinceExec = SinceProcessStartMs();
        using var stderr = new StreamWriter(Console.OpenStandardError(), new UTF8Encoding(false));
        stderr.Write("micropython start-up trace (phase, its duration, time since Main):\n");
        stderr.Write(s_lines.ToString());
        stderr.Write(sinceExec < 0
            ? $"  total since Main {sinceMain:F2} ms\n"
            : $"  total since Main {sinceMain:F2} ms, since the process started {sinceExec:F2} ms (host and runtime before Main: {sinceExec - sinceMain:F2} ms)\n");

        // What the .NET heap did over the whole run (where a program's resident memory goes).
        var gc = GC.GetGCMemoryInfo(GCKind.Any);
        const double MiB = 1024 * 1024;
        stderr.Write($"  GC: collections gen0 {GC.CollectionCount(0)}, gen1 {GC.CollectionCount(1)}, gen2 {GC.CollectionCount(2)}; " +
            $"allocated {GC.GetTotalAllocatedBytes() / MiB:F1} MiB; heap after the last collection {gc.HeapSizeBytes / MiB:F1} MiB " +
            $"(fragmented {gc.FragmentedBytes / MiB:F1}), committed {gc.TotalCommittedBytes / MiB:F1} MiB, pauses {GC.GetTotalPauseDuration().TotalMilliseconds:F1} ms\n");
    }

    /// <summary>
    /// Milliseconds since the process was created, from <c>/proc/self/stat</c> (Linux; −1 elsewhere). Field 22 is
    /// the start time in clock ticks since boot; <c>/proc/uptime</c> is seconds since boot.
    /// </summary>
    private static double SinceProcessStartMs()
    {
        try
        {
            string stat = File.ReadAllText("/proc/self/stat");
            string[] fields = stat.Substring(stat.LastIndexOf(')') + 2).Split(' ');
            double startTicks = double.Parse(fields[19], System.Globalization.CultureInfo.InvariantCulture);
            double uptime = double.Parse(File.ReadAllText("/proc/uptime").Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture);
            const double ClockTicksPerSecond = 100; // USER_HZ on every Linux architecture .NET runs on
            return (uptime - (startTicks / ClockTicksPerSecond)) * 1000;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException or IndexOutOfRangeException)
        {
            return -1;
        }
    }
}
