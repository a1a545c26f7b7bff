using System.IO;

namespace MicroPython.Sdk.Hal;

/// <summary>The console: where <c>print</c> writes and <c>input</c> reads. A host port uses the process's stdio, a
/// simulated board its serial stream.</summary>
public interface IStdio
{
    /// <summary>Standard output.</summary>
    TextWriter Out { get; }

    /// <summary>Standard error (a board without one writes both streams to its serial console).</summary>
    TextWriter Error { get; }

    /// <summary>Standard input.</summary>
    TextReader In { get; }

    /// <summary>True when input comes from an interactive terminal (the REPL is then entered).</summary>
    bool IsInteractive { get; }
}
