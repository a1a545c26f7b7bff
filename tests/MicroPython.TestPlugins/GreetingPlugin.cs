using System.Collections.Generic;
using MicroPython.Objects;
using MicroPython.Sdk.Hal;
using MicroPython.Sdk.Modules;
using Microsoft.Extensions.DependencyInjection;

namespace MicroPython.TestPlugins;

/// <summary>
/// A well-behaved third-party-style module plug-in: <c>greeting.hello(name)</c>, a keyword-taking
/// <c>greeting.repeat(text, *, times=2)</c>, a constant, and <c>greeting.has_clock()</c> showing that a module
/// resolves a port service (the clock) once, when it is built.
/// </summary>
public sealed class GreetingPlugin : IModulePlugin
{
    private static readonly string[] s_repeatParameters = { "text", "times" };

    public IReadOnlyList<ModuleDefinition> Modules { get; } = new[]
    {
        ModuleDefinition.Create("greeting", "MICROPY_PY_GREETING", m =>
        {
            bool hasClock = m.Context.Services.GetService<IClock>() != null;
            m.Function("hello", name => new StrObject("hello, " + ((StrObject)name.NativeSelf).Value))
                .Function("repeat", s_repeatParameters, 1, 1, args =>
                {
                    long times = args[1] == null ? 2 : ((IntObject)args[1]!).Value;
                    var text = ((StrObject)args[0]!.NativeSelf).Value;
                    var sb = new System.Text.StringBuilder();
                    for (long i = 0; i < times; i++)
                    {
                        sb.Append(text);
                    }

                    return new StrObject(sb.ToString());
                })
                .Function("has_clock", () => BoolObject.From(hasClock))
                .Constant("ANSWER", 42);
        }),
    };
}
