using System;
using System.Diagnostics;
using MicroPython.Modules.Time;
using MicroPython.Runtime;
using MicroPython.Sdk.Modules;
using Xunit;

namespace MicroPython.Tests.Modules;

/// <summary>
/// The time plug-in reads only the port's clock: on a virtual clock, sleeps advance simulated time instantly and
/// ticks, time() and the calendar follow it. Ticks arithmetic and the calendar are checked against independent
/// oracles (.NET's DateTime, plain modular arithmetic).
/// </summary>
public sealed class TimeModuleTests
{
    private static readonly ModuleDefinition[] s_time = { TimeModule.Definition };

    [Fact]
    public void SleepsAdvanceTheVirtualClockWithoutWaiting()
    {
        var clock = new VirtualClock { Micros = 1000 };
        var watch = Stopwatch.StartNew();
        var output = PluginModuleHost.Ok(
            "import time\nt = time.ticks_us()\nm = time.ticks_ms()\ntime.sleep(30)\ntime.sleep_ms(5)\ntime.sleep_us(7)\ntime.sleep(0.25)\n" +
            "print(time.ticks_diff(time.ticks_us(), t), time.ticks_diff(time.ticks_ms(), m))",
            s_time,
            clock);
        Assert.Equal("30255007 30255\n", output);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(20), "a virtual sleep must not wait in real time");
        Assert.Equal(30_255_007, clock.Micros - 1000);
    }

    [Fact]
    public void CtrlCDuringASleepRaisesKeyboardInterruptFromTheSleep()
    {
        var clock = new VirtualClock();
        PyRuntime? runtime = null;
        clock.OnSleep = () => runtime!.RequestKeyboardInterrupt();
        var output = PluginModuleHost.Ok(
            "import time\ntry:\n    time.sleep(100)\n    print('slept')\nexcept KeyboardInterrupt:\n    print('interrupted')\nfor i in range(3):\n    pass\nprint('no second interrupt')",
            s_time,
            clock,
            rt => runtime = rt);
        Assert.Equal("interrupted\nno second interrupt\n", output);
        Assert.Single(clock.Sleeps);
    }

    [Fact]
    public void NegativeAndZeroSleepsDoNotTouchTheClock()
    {
        var clock = new VirtualClock();
        PluginModuleHost.Ok("import time\ntime.sleep(-1)\ntime.sleep_ms(-5)\ntime.sleep_us(0)\ntime.sleep(0)", s_time, clock);
        Assert.Empty(clock.Sleeps);
    }

    [Fact]
    public void TimeAndTimeNsComeFromTheClock()
    {
        var clock = new VirtualClock { EpochBase = 1_600_000_000, Micros = 500_000 };
        Assert.Equal("1600000000.5 1600000000500000000\n", PluginModuleHost.Ok("import time\nprint(time.time(), time.time_ns())", s_time, clock));
    }

    [Fact]
    public void LocalTimeUsesThePortsOffsetAndGmtimeDoesNot()
    {
        var clock = new VirtualClock { Offset = TimeSpan.FromHours(2), Dst = true };
        var output = PluginModuleHost.Ok(
            "import time\nprint(time.localtime(0))\nprint(time.gmtime(0))\nprint(time.mktime(time.localtime(1234567)))\nprint(time.mktime((1970, 1, 1, 2, 0, 0, 3, 1)))",
            s_time,
            clock);
        Assert.Equal("(1970, 1, 1, 2, 0, 0, 3, 1, 1)\n(1970, 1, 1, 0, 0, 0, 3, 1, 0)\n1234567\n0\n", output);
    }

    [Fact]
    public void NowIsTheClocksSecond()
    {
        var clock = new VirtualClock { EpochBase = 951782400, Micros = 3_999_999 };
        Assert.Equal("(2000, 2, 29, 0, 0, 3, 1, 60, 0)\n", PluginModuleHost.Ok("import time\nprint(time.gmtime())", s_time, clock));
    }

    [Fact]
    public void TicksWrapAtTheBoardsPeriod()
    {
        var clock = new VirtualClock { Micros = (1L << 30) + 5 };
        var output = PluginModuleHost.Ok("import time\nprint(time.ticks_us(), time.ticks_add(0, -1), time.ticks_diff(3, 2**30 - 3))", s_time, clock, rt => rt.WordSizeBytes = 4);
        Assert.Equal("5 1073741823 6\n", output);
    }

    [Fact]
    public void MktimeErrors()
    {
        Assert.Equal("TypeError: mktime needs a tuple of length 8 or 9", PluginModuleHost.Error("import time\ntime.mktime((1, 2))", s_time, new VirtualClock()));
        Assert.Equal("TypeError: object 'int' isn't a tuple or list", PluginModuleHost.Error("import time\ntime.mktime(5)", s_time, new VirtualClock()));
        Assert.Equal("OverflowError: invalid mktime usage", PluginModuleHost.Error("import time\ntime.mktime((2**62, 1, 1, 0, 0, 0, 0, 0))", s_time, new VirtualClock()));
    }

    [Theory]
    [InlineData(8)]
    [InlineData(4)]
    public void TicksAddAndDiffAreInversesOverThePeriod(int wordBytes)
    {
        var ticks = new TicksArithmetic(wordBytes);
        long period = ticks.Period;
        Assert.Equal(wordBytes == 8 ? 1L << 62 : 1L << 30, period);
        long[] points = { 0, 1, period / 2 - 1, period / 2, period - 1, 12345 };
        long[] deltas = { 0, 1, -1, period / 2 - 1, -(period / 2) + 1, 999, -999 };
        foreach (var t in points)
        {
            foreach (var d in deltas)
            {
                long sum = ticks.Add(t, d);
                Assert.InRange(sum, 0, period - 1);
                Assert.Equal(((t + d) % period + period) % period, sum);
                Assert.Equal(d, ticks.Diff(sum, t));
                Assert.Equal(-d, ticks.Diff(t, sum));
            }
        }

        Assert.Equal(-(period / 2), ticks.Diff(period / 2, 0));
        Assert.Throws<PyException>(() => ticks.Add(0, period / 2));
        Assert.Throws<PyException>(() => ticks.Add(0, -(period / 2)));
    }

    [Fact]
    public void CalendarAgreesWithDateTimeOverTenThousandYears()
    {
        long first = CivilCalendar.DaysFromCivil(1, 1, 1);
        long last = CivilCalendar.DaysFromCivil(9999, 12, 31);
        for (long days = first; days <= last; days += 97)
        {
            var date = DateTime.UnixEpoch.AddDays(days);
            var (year, month, day) = CivilCalendar.CivilFromDays(days);
            Assert.Equal((date.Year, date.Month, date.Day), ((int)year, month, day));
            Assert.Equal(((int)date.DayOfWeek + 6) % 7, CivilCalendar.Weekday(days));
            Assert.Equal(days, CivilCalendar.DaysFromCivil(year, month, day));
        }
    }

    [Fact]
    public void TupleFieldsAgreeWithDateTime()
    {
        var random = new Random(7);
        for (int i = 0; i < 2000; i++)
        {
            long t = random.NextInt64(-62_135_596_800, 253_402_300_799);
            var expected = DateTimeOffset.FromUnixTimeSeconds(t).UtcDateTime;
            var tuple = LocalTime.ToTuple(t, TimeSpan.Zero, false).Items;
            var actual = new long[9];
            for (int k = 0; k < 9; k++)
            {
                actual[k] = ((MicroPython.Objects.IntObject)tuple[k]).Value;
            }

            Assert.Equal(
                new long[] { expected.Year, expected.Month, expected.Day, expected.Hour, expected.Minute, expected.Second, ((int)expected.DayOfWeek + 6) % 7, expected.DayOfYear, 0 },
                actual);
        }
    }
}
