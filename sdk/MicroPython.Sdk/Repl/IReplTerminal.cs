using System.IO;

namespace MicroPython.Sdk.Repl;

/// <summary>
/// The byte stream a REPL talks over: a host terminal in raw mode, or a simulated board's serial console. The
/// engine reads input a byte at a time (8-bit clean, as the raw REPL needs) and writes through the same writer
/// Python's <c>sys.stdout</c> uses, so its prompts and echo stay in order with program output.
/// </summary>
public interface IReplTerminal
{
    /// <summary>The next input byte (blocking), or -1 when input has ended.</summary>
    int ReadByte();

    /// <summary>Where the REPL writes; the same writer the runtime's stdout is.</summary>
    TextWriter Output { get; }

    /// <summary>
    /// Writes bytes exactly as given (raw-paste window sizes, echo of non-ASCII bytes). The engine flushes
    /// <see cref="Output"/> first, so order is kept.
    /// </summary>
    void WriteBytes(System.ReadOnlySpan<byte> bytes);

    /// <summary>
    /// User code is about to run. A host terminal lets the system turn Ctrl-C into a signal here (the launcher
    /// makes that a KeyboardInterrupt). A console without signals, such as a board's serial line, must watch its
    /// input while code runs and call <c>PyRuntime.RequestKeyboardInterrupt</c> when the interrupt character arrives.
    /// </summary>
    void BeginProgram();

    /// <summary>User code has finished; the REPL reads keys again.</summary>
    void EndProgram();
}
