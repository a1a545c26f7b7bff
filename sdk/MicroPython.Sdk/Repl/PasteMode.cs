using System.Collections.Generic;

namespace MicroPython.Sdk.Repl;

/// <summary>
/// Paste mode (Ctrl-E at the friendly prompt, repl.md §4.1): every byte is kept and echoed, Enter as
/// <c>\r\n=== </c>; no editing and no auto-indent, so pasted code keeps its indentation. Ctrl-D ends, Ctrl-C cancels.
/// </summary>
internal sealed class PasteMode
{
    private readonly ReplIo _io;

    public PasteMode(ReplIo io) => _io = io;

    /// <summary>Collects the pasted bytes; null when cancelled or input ended.</summary>
    public byte[]? Read()
    {
        _io.Write("\r\npaste mode; Ctrl-C to cancel, Ctrl-D to finish\r\n=== ");
        var text = new List<byte>();
        int last = 0;
        while (true)
        {
            int b = _io.Read();
            switch (b)
            {
                case ReplIo.EndOfInput:
                    return null;
                case 0x03:
                    _io.Write("\r\n");
                    return null;
                case 0x04:
                    _io.Write("\r\n");
                    return text.ToArray();
            }

            // A terminal's Enter is \r; \n (or the second half of a \r\n pair a tool sends) is the same key.
            if ((b == '\n' && last == '\r') || (b == '\r' && last == '\n'))
            {
                last = 0;
                continue;
            }

            last = b;
            if (b == '\r' || b == '\n')
            {
                text.Add((byte)'\n');
                _io.Write("\r\n=== ");
            }
            else
            {
                text.Add((byte)b);
                _io.EchoByte((byte)b);
            }
        }
    }
}
