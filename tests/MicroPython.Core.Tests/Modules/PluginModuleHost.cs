using System;
using System.Collections.Generic;
using MicroPython.Config;
using MicroPython.Runtime;
using MicroPython.Sdk.Hal;
using MicroPython.Sdk.Modules;
using MicroPython.Tests.Vm;
using Xunit;

namespace MicroPython.Tests.Modules;

/// <summary>
/// Runs Python source in-process with module plug-ins installed as the launcher installs them (a unix-like
/// configuration plus overrides, and a service container holding the given clock).
/// </summary>
internal static class PluginModuleHost
{
    public static (string Output, PyException? Error) Run(string source, ModuleDefinition[] modules, IClock? clock = null, Action<PyRuntime>? setup = null, params (string, string)[] options)
    {
        var config = MpConfigResolver.Resolve(new[]
        {
            MpConfigLayer.From(MpConfigLayer.Port, null, ("MICROPY_CONFIG_ROM_LEVEL", "EXTRA_FEATURES"), ("MICROPY_LONGINT_IMPL", "MPZ"), ("MICROPY_FLOAT_IMPL", "DOUBLE")),
            MpConfigLayer.From(MpConfigLayer.CommandLine, null, options),
        });
        return InterpreterTests.Run(source, rt =>
        {
            setup?.Invoke(rt);
            ModuleInstaller.Install(rt, modules, new Services(clock), config);
        });
    }

    /// <summary>Output of a program that must not fail.</summary>
    public static string Ok(string source, ModuleDefinition[] modules, IClock? clock = null, Action<PyRuntime>? setup = null, params (string, string)[] options)
    {
        var (output, error) = Run(source, modules, clock, setup, options);
        Assert.True(error == null, error == null ? null : output + TracebackPrinter.Format(error.Value));
        return output;
    }

    /// <summary>The last traceback line of a program that must fail.</summary>
    public static string Error(string source, ModuleDefinition[] modules, IClock? clock = null, Action<PyRuntime>? setup = null, params (string, string)[] options)
    {
        var (_, error) = Run(source, modules, clock, setup, options);
        Assert.NotNull(error);
        var text = TracebackPrinter.Format(error!.Value).TrimEnd('\n');
        return text.Substring(text.LastIndexOf('\n') + 1);
    }

    private sealed class Services : IServiceProvider
    {
        private readonly IClock? _clock;

        public Services(IClock? clock) => _clock = clock;

        public object? GetService(Type serviceType) => serviceType == typeof(IClock) ? _clock : null;
    }
}

/// <summary>A simulated board's clock: time moves only when the program sleeps or the test says so.</summary>
internal sealed class VirtualClock : IClock
{
    public long Micros { get; set; }

    public double EpochBase { get; set; } = 1_500_000_000;

    public TimeSpan Offset { get; set; }

    public bool Dst { get; set; }

    public List<long> Sleeps { get; } = new();

    /// <summary>Called after each sleep (a test's stand-in for what happens meanwhile, such as a Ctrl-C).</summary>
    public Action? OnSleep { get; set; }

    public long TicksMicroseconds => Micros;

    public double EpochSeconds => EpochBase + (Micros / 1e6);

    public (TimeSpan Offset, bool IsDaylightSaving) LocalOffset(long epochSeconds) => (Offset, Dst);

    public void Sleep(long microseconds)
    {
        Sleeps.Add(microseconds);
        Micros += microseconds;
        OnSleep?.Invoke();
    }
}
