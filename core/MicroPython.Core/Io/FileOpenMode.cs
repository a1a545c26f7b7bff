namespace MicroPython.Io;

/// <summary>
/// How <c>open()</c> wants a file opened, decoded from its mode string (<c>r w a x + b t</c>) the way MicroPython's
/// VFS does: the last of <c>r</c>/<c>w</c>/<c>a</c>/<c>x</c> wins, <c>+</c> adds the other direction, letters it does
/// not know are ignored.
/// </summary>
public readonly record struct FileOpenMode(bool Read, bool Write, bool Create, bool Truncate, bool Append, bool Exclusive, bool Binary)
{
    /// <summary>Decodes a mode string such as <c>"rb"</c>, <c>"w+"</c> or <c>"a"</c>.</summary>
    public static FileOpenMode Parse(string mode)
    {
        bool read = true, write = false, create = false, truncate = false, append = false, exclusive = false, binary = false, plus = false;
        foreach (char c in mode)
        {
            switch (c)
            {
                case 'r':
                    (read, write, create, truncate, append, exclusive) = (true, false, false, false, false, false);
                    break;
                case 'w':
                    (read, write, create, truncate, append, exclusive) = (false, true, true, true, false, false);
                    break;
                case 'a':
                    (read, write, create, truncate, append, exclusive) = (false, true, true, false, true, false);
                    break;
                case 'x':
                    (read, write, create, truncate, append, exclusive) = (false, true, true, false, false, true);
                    break;
                case '+':
                    plus = true;
                    break;
                case 'b':
                    binary = true;
                    break;
                case 't':
                    binary = false;
                    break;
            }
        }

        if (plus)
        {
            read = true;
            write = true;
        }

        return new FileOpenMode(read, write, create, truncate, append, exclusive, binary);
    }
}
