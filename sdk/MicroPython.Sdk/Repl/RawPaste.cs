using System.Collections.Generic;

namespace MicroPython.Sdk.Repl;

/// <summary>
/// The receiving side of raw-paste mode (repl.md §6.1): flow control by windows of <see cref="WindowIncrement"/>
/// bytes. The device announces the increment (16-bit little-endian) plus one extra grant, and sends <c>\x01</c>
/// each time the client may send another window. Ctrl-D ends the code (acknowledged with <c>\x04</c>); Ctrl-C aborts.
/// </summary>
internal sealed class RawPaste
{
    /// <summary>Half of MicroPython's default 256-byte stdin buffer.</summary>
    public const int WindowIncrement = 128;

    private readonly ReplIo _io;

    public RawPaste(ReplIo io) => _io = io;

    /// <summary>
    /// Receives code after <c>R\x01</c> has been sent. Returns the code, or null when input ended or the client
    /// aborted with Ctrl-C (<paramref name="interrupted"/>).
    /// </summary>
    public byte[]? Receive(out bool interrupted)
    {
        interrupted = false;
        _io.WriteBytes(stackalloc byte[] { WindowIncrement & 0xFF, WindowIncrement >> 8, 0x01 });
        var code = new List<byte>();
        int remaining = WindowIncrement;
        while (true)
        {
            int b = _io.Read();
            if (b == ReplIo.EndOfInput)
            {
                return null;
            }

            if (b == 0x03 || b == 0x04)
            {
                // Either way the device tells the client it has stopped reading.
                _io.Write("\x04");
                interrupted = b == 0x03;
                return interrupted ? null : code.ToArray();
            }

            code.Add((byte)b);
            if (--remaining == 0)
            {
                _io.Write("\x01");
                remaining = WindowIncrement;
            }
        }
    }
}
