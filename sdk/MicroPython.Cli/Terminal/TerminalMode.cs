using System;

namespace MicroPython.Cli.Terminal;

/// <summary>
/// The modes the launcher puts an interactive stdin in. <see cref="Repl"/>: every key arrives as a byte, nothing
/// echoed, Ctrl-C is a byte (the REPL does its own editing). <see cref="Program"/>: Ctrl-C raises SIGINT again, but
/// keys typed ahead are neither echoed nor line-buffered, so the REPL reads them unchanged afterwards.
/// <see cref="Cooked"/>: the terminal's own line editing, for <c>input()</c> and at exit.
/// </summary>
internal abstract class TerminalMode : IDisposable
{
    /// <summary>The platform's implementation, or null when stdin is not a terminal it can control.</summary>
    public static TerminalMode? ForStdin()
    {
        if (OperatingSystem.IsWindows())
        {
            return WindowsConsoleMode.TryCreate();
        }

        if (OperatingSystem.IsLinux() || OperatingSystem.IsMacOS() || OperatingSystem.IsFreeBSD())
        {
            return PosixTerminalMode.TryCreate();
        }

        return null;
    }

    /// <summary>Raw input for the line editor and the raw REPL.</summary>
    public abstract void EnterRepl();

    /// <summary>While user code runs.</summary>
    public abstract void EnterProgram();

    /// <summary>The settings the terminal had when the launcher started.</summary>
    public abstract void EnterCooked();

    /// <summary>Puts the original settings back (every exit path calls this).</summary>
    public void Dispose() => EnterCooked();
}
