using System;
using MicroPython.Objects;
using MicroPython.Runtime;
using MicroPython.Sdk.Hal;
using MicroPython.Sdk.Hosting;
using MicroPython.Sdk.Modules;
using Microsoft.Extensions.DependencyInjection;

namespace MicroPython.Modules.Time;

/// <summary>
/// The <c>time</c> module of MicroPython's unix port (extmod/modtime.c + ports/unix/modtime.c): wall time,
/// sleeps, wrapping tick counters and calendar conversion. Every reading goes through the port's
/// <see cref="IClock"/>, resolved once when the module is built, so a simulated board's virtual clock drives it.
/// </summary>
public static class TimeModule
{
    private const long MicrosecondsPerSecond = 1_000_000;

    // A sleep is taken in slices so that Ctrl-C ends it within this many microseconds.
    private const long SleepSlice = 50_000;

    /// <summary>The module's definition: name, enabling option and functions.</summary>
    public static readonly ModuleDefinition Definition = ModuleDefinition.Create("time", "MICROPY_PY_TIME", m =>
    {
        var runtime = m.Context.Runtime;
        var clock = m.Context.Services.GetService<IClock>() ?? new SystemClock();
        var ticks = new TicksArithmetic(runtime.WordSizeBytes);
        bool floats = runtime.FloatImpl != FloatImplementation.None;

        m.Function("time", () => floats ? new FloatObject(clock.EpochSeconds) : IntObject.Get((long)System.Math.Floor(clock.EpochSeconds)))
            .Function("time_ns", () => IntObject.Get(clock.EpochNanoseconds))
            .Function("sleep", seconds =>
            {
                Sleep(runtime, clock, floats ? SecondsToMicroseconds(Ops.ToDouble(seconds)) : SaturatingMultiply(Ops.ToInt64(seconds), MicrosecondsPerSecond));
                return NoneObject.None;
            })
            .Function("sleep_ms", ms =>
            {
                Sleep(runtime, clock, SaturatingMultiply(Ops.ToInt64(ms), 1000));
                return NoneObject.None;
            })
            .Function("sleep_us", us =>
            {
                Sleep(runtime, clock, Ops.ToInt64(us));
                return NoneObject.None;
            })
            .Function("ticks_ms", () => IntObject.Get(ticks.Wrap(clock.TicksMicroseconds / 1000)))
            .Function("ticks_us", () => IntObject.Get(ticks.Wrap(clock.TicksMicroseconds)))
            .Function("ticks_cpu", () => IntObject.Get(ticks.Wrap(clock.TicksCpu)))
            .Function("ticks_add", (t, delta) => IntObject.Get(ticks.Add(Ops.ToInt64(t), Ops.ToInt64(delta))))
            .Function("ticks_diff", (end, start) => IntObject.Get(ticks.Diff(Ops.ToInt64(end), Ops.ToInt64(start))))
            .Function("gmtime", 0, 1, args => LocalTime.ToTuple(Timestamp(clock, args), TimeSpan.Zero, false))
            .Function("localtime", 0, 1, args =>
            {
                long t = Timestamp(clock, args);
                var (offset, dst) = clock.LocalOffset(t);
                return LocalTime.ToTuple(t, offset, dst);
            })
            .Function("mktime", fields => IntObject.Get(LocalTime.MakeTime(fields, clock)));
    });

    /// <summary>The seconds argument of gmtime/localtime (truncated towards zero), or the clock's current second.</summary>
    private static long Timestamp(IClock clock, ReadOnlySpan<PyObject> args)
    {
        if (args.Length == 0 || ReferenceEquals(args[0], NoneObject.None))
        {
            return (long)System.Math.Floor(clock.EpochSeconds);
        }

        var arg = args[0];
        if (arg is IntObject i)
        {
            return i.Value;
        }

        if (arg is BigIntObject)
        {
            throw Errors.OverflowError("overflow converting long int to machine word");
        }

        double seconds = System.Math.Truncate(Ops.ToDouble(arg));
        if (!(seconds >= long.MinValue && seconds < long.MaxValue))
        {
            throw Errors.OverflowError("timestamp out of range");
        }

        return (long)seconds;
    }

    private static long SecondsToMicroseconds(double seconds)
    {
        double us = seconds * MicrosecondsPerSecond;
        if (double.IsNaN(us))
        {
            throw Errors.ValueError("sleep length is not a number");
        }

        return us >= long.MaxValue ? long.MaxValue : (long)us;
    }

    private static long SaturatingMultiply(long value, long factor) =>
        value > long.MaxValue / factor ? long.MaxValue : value < 0 ? 0 : value * factor;

    /// <summary>
    /// Waits <paramref name="microseconds"/> (nothing for a negative time, as MicroPython) on the port's clock, in
    /// slices; a Ctrl-C ends the wait with KeyboardInterrupt raised by the sleep call itself.
    /// </summary>
    private static void Sleep(PyRuntime runtime, IClock clock, long microseconds)
    {
        while (microseconds > 0)
        {
            if (runtime.TakeKeyboardInterrupt() is { } interrupt)
            {
                throw interrupt;
            }

            long slice = System.Math.Min(microseconds, SleepSlice);
            clock.Sleep(slice);
            microseconds -= slice;
        }

        if (runtime.TakeKeyboardInterrupt() is { } late)
        {
            throw late;
        }
    }
}
