using System;
using System.IO;
using MicroPython.Objects;
using MicroPython.Runtime;
using MicroPython.Sdk.Repl;
using Xunit;

namespace MicroPython.Tests.Repl;

/// <summary>Runs a <see cref="ReplEngine"/> over a scripted key sequence on a fresh runtime.</summary>
internal static class ReplSession
{
    public const string BannerLine = "MicroPython v0.0 on 2026-01-01; test [.NET] version";
    public const string Banner = BannerLine + "\r\nType \"help()\" for more information.\r\n";

    public sealed record Result(string Output, int Status, string Stderr, ScriptedTerminal Terminal, DictObject Globals);

    /// <summary>Types <paramref name="keys"/>; the output is what followed the banner.</summary>
    public static Result Run(string keys, Action<PyRuntime, DictObject>? setup = null, ReplOptions? options = null)
    {
        var runtime = PyRuntime.Create();
        var terminal = new ScriptedTerminal(keys);
        var stderr = new StringWriter();
        runtime.Stdout = terminal.Output;
        runtime.Stderr = stderr;
        var main = new ModuleObject("__main__");
        runtime.Modules.SetItem(StrObject.Intern("__main__"), main);
        setup?.Invoke(runtime, main.Globals);
        var engine = new ReplEngine(runtime, main.Globals, terminal, options ?? new ReplOptions { BannerLine = BannerLine });
        int status = engine.Run();
        string text = terminal.Text;
        Assert.StartsWith(Banner, text);
        Assert.False(terminal.InProgram);
        return new Result(text.Substring(Banner.Length), status, stderr.ToString(), terminal, main.Globals);
    }

    /// <summary>The output of <paramref name="keys"/> followed by Ctrl-D at the prompt (which writes <c>\r\n</c>).</summary>
    public static string Output(string keys) => Run(keys + "\u0004").Output;
}
