using System;
using System.IO;
using System.Text;
using MicroPython.Io;
using MicroPython.Runtime;

namespace MicroPython.Objects;

/// <summary>
/// What every byte stream Python code reads and writes shares (MicroPython's stream protocol, <c>py/stream.c</c>):
/// files from <c>open()</c>, <c>io.StringIO</c> and <c>io.BytesIO</c>. Data lives in a seekable .NET
/// <see cref="System.IO.Stream"/>; text streams hold UTF-8 and hand out str, binary streams hand out bytes.
/// Positions (<c>seek</c>/<c>tell</c>) and <c>write</c>'s count are in bytes, as in MicroPython. Not a Python type
/// itself: each concrete stream type registers these methods with <see cref="RegisterStreamMethods"/>.
/// </summary>
public abstract class StreamObject : PyObject
{
    private static readonly StrObject s_closed = StrObject.Intern("closed");

    private Stream? _stream;

    protected StreamObject(TypeObject type, Stream stream, bool text)
        : base(type)
    {
        _stream = stream;
        IsText = text;
    }

    /// <summary>True when the stream reads and writes str (text mode), false for bytes.</summary>
    public bool IsText { get; }

    /// <summary>True once <c>close()</c> has run.</summary>
    public bool IsClosed => _stream == null;

    /// <summary>The open stream, or <c>ValueError: I/O operation on closed file</c>.</summary>
    protected Stream Stream => _stream ?? throw Errors.ValueError("I/O operation on closed file");

    /// <summary>Closes the stream (idempotent); subclasses release what they hold in <see cref="OnClose"/>.</summary>
    public void Close()
    {
        if (_stream == null)
        {
            return;
        }

        var s = _stream;
        _stream = null;
        try
        {
            OnClose(s);
        }
        catch (Exception e) when (e is IOException or FileSystemException or UnauthorizedAccessException)
        {
            throw IoError(e);
        }
    }

    /// <summary>
    /// True when every write must reach the underlying store at once, as MicroPython's unbuffered POSIX files do
    /// (a file written and never closed still holds the data when the program ends).
    /// </summary>
    protected virtual bool WriteThrough => false;

    /// <summary>Releases the stream when closed; the default disposes it.</summary>
    protected virtual void OnClose(Stream stream) => stream.Dispose();

    /// <summary>An <c>OSError</c> for a failed .NET I/O call (a filesystem's own errno when it gave one).</summary>
    internal static PyException IoError(Exception e) => e switch
    {
        FileSystemException fs => Errors.OSError(fs.Errno),
        NotSupportedException => Errors.OSError(Errno.EBADF),
        UnauthorizedAccessException => Errors.OSError(Errno.EACCES),
        _ => Errors.OSError(Errno.EIO),
    };

    /// <summary>Adds the stream methods to a stream type (read, readinto, readline, readlines, write, seek, ...).</summary>
    protected static void RegisterStreamMethods(TypeObject type)
    {
        Def(type, "read", 1, 2, args => S(args[0]).Read(args.Length > 1 ? SizeArg(args[1]) : -1));
        Def(type, "readinto", 2, 3, args => S(args[0]).ReadInto(args[1], args.Length > 2 ? SizeArg(args[2]) : -1));
        Def(type, "readline", 1, 2, args => S(args[0]).ReadLine(args.Length > 1 ? SizeArg(args[1]) : -1) ?? S(args[0]).Empty);
        Def(type, "readlines", 1, 2, args => S(args[0]).ReadLines());
        Def(type, "write", 2, 2, args => S(args[0]).Write(args[1]));
        Def(type, "flush", 1, 1, args => S(args[0]).Flush());
        Def(type, "seek", 2, 3, args => S(args[0]).Seek(Ops.ToInt64(args[1]), args.Length > 2 ? Ops.ToInt64(args[2]) : 0));
        Def(type, "tell", 1, 1, args => S(args[0]).Run(s => IntObject.Get(s.Position)));
        Def(type, "close", 1, 1, args =>
        {
            S(args[0]).Close();
            return NoneObject.None;
        });
        Def(type, "__enter__", 1, 1, args => args[0]);
        Def(type, "__exit__", 1, 4, args =>
        {
            S(args[0]).Close();
            return NoneObject.None;
        });
    }

    private static void Def(TypeObject type, string name, int min, int max, BuiltinVarArgs f) =>
        type.SetAttrDirect(name, new BuiltinFunction(name, min, max, f).AsMethodOf(type));

    private static StreamObject S(PyObject self) =>
        self.NativeSelf as StreamObject ?? throw Errors.TypeError($"'{self.Type.Name}' object isn't a stream");

    private static long SizeArg(PyObject size) => ReferenceEquals(size, NoneObject.None) ? -1 : Ops.ToInt64(size);

    /// <summary>The empty str or bytes, what reading at the end returns.</summary>
    private PyObject Empty => IsText ? StrObject.Empty : BytesObject.Empty;

    /// <summary>Runs a .NET stream operation, turning I/O failures into OSError.</summary>
    private T Run<T>(Func<Stream, T> op)
    {
        var s = Stream;
        try
        {
            return op(s);
        }
        catch (Exception e) when (e is IOException or NotSupportedException or UnauthorizedAccessException)
        {
            throw IoError(e);
        }
    }

    private Stream Readable()
    {
        var s = Stream;
        return s.CanRead ? s : throw Errors.OSError(Errno.EBADF);
    }

    private Stream Writable()
    {
        var s = Stream;
        return s.CanWrite ? s : throw Errors.OSError(Errno.EBADF);
    }

    /// <summary><c>read([size])</c>: all that is left, or at most <paramref name="size"/> characters (text) or bytes.</summary>
    private PyObject Read(long size)
    {
        var s = Readable();
        return Run(_ =>
        {
            if (size < 0)
            {
                var rest = new MemoryStream();
                s.CopyTo(rest);
                return Wrap(rest.GetBuffer().AsSpan(0, (int)rest.Length));
            }

            return IsText ? StrObject.Create(ReadChars(s, size)) : BytesObject.Create(ReadBytes(s, size));
        });
    }

    private static byte[] ReadBytes(Stream s, long size)
    {
        // Never allocate more than is left (a huge size is a request for "everything").
        long left = s.CanSeek ? Math.Max(0, s.Length - s.Position) : size;
        var buf = new byte[Math.Min(Math.Min(size, left), Array.MaxLength)];
        int got = s.ReadAtLeast(buf, buf.Length, throwOnEndOfStream: false);
        return got == buf.Length ? buf : buf.AsSpan(0, got).ToArray();
    }

    /// <summary>Reads up to <paramref name="count"/> code points of UTF-8, taking whole sequences only.</summary>
    private static string ReadChars(Stream s, long count)
    {
        var bytes = new MemoryStream();
        for (long n = 0; n < count; n++)
        {
            int lead = s.ReadByte();
            if (lead < 0)
            {
                break;
            }

            bytes.WriteByte((byte)lead);
            int more = lead >= 0xF0 ? 3 : lead >= 0xE0 ? 2 : lead >= 0xC0 ? 1 : 0;
            for (int i = 0; i < more; i++)
            {
                int b = s.ReadByte();
                if (b < 0)
                {
                    break;
                }

                bytes.WriteByte((byte)b);
            }
        }

        return Codecs.Decode(bytes.GetBuffer().AsSpan(0, (int)bytes.Length), "utf-8", null);
    }

    // Text read from a file must be valid UTF-8: MicroPython raises UnicodeError rather than inventing characters.
    private PyObject Wrap(ReadOnlySpan<byte> data) =>
        IsText ? StrObject.Create(Codecs.Decode(data, "utf-8", null)) : BytesObject.Create(data);

    /// <summary><c>readinto(buf[, nbytes])</c>: fills a writable buffer, returns the number of bytes read.</summary>
    private PyObject ReadInto(PyObject target, long limit)
    {
        var s = Readable();
        var span = Buffer.GetWritableBytes(target);
        if (limit >= 0 && limit < span.Length)
        {
            span = span.Slice(0, (int)limit);
        }

        try
        {
            return IntObject.Get(s.ReadAtLeast(span, span.Length, throwOnEndOfStream: false));
        }
        catch (Exception e) when (e is IOException or NotSupportedException or UnauthorizedAccessException)
        {
            throw IoError(e);
        }
    }

    /// <summary>One line including its <c>\n</c> (at most <paramref name="limit"/> bytes), or null at the end.</summary>
    private PyObject? ReadLine(long limit)
    {
        var s = Readable();
        return Run<PyObject?>(_ =>
        {
            var line = new MemoryStream();
            while (limit < 0 || line.Length < limit)
            {
                int b = s.ReadByte();
                if (b < 0)
                {
                    break;
                }

                line.WriteByte((byte)b);
                if (b == '\n')
                {
                    break;
                }
            }

            return line.Length == 0 ? null : Wrap(line.GetBuffer().AsSpan(0, (int)line.Length));
        });
    }

    private ListObject ReadLines()
    {
        var lines = new ListObject();
        while (ReadLine(-1) is { } line)
        {
            lines.Append(line);
        }

        return lines;
    }

    /// <summary><c>write(data)</c>: str or any buffer (MicroPython does not insist on the mode's type); returns bytes written.</summary>
    private PyObject Write(PyObject data)
    {
        var s = Writable();
        var bytes = Buffer.GetBytes(data);
        try
        {
            s.Write(bytes);
            if (WriteThrough)
            {
                s.Flush();
            }
        }
        catch (Exception e) when (e is IOException or NotSupportedException or UnauthorizedAccessException)
        {
            throw IoError(e);
        }

        return IntObject.Get(bytes.Length);
    }

    private PyObject Flush() => Run(s =>
    {
        s.Flush();
        return (PyObject)NoneObject.None;
    });

    /// <summary><c>seek(offset[, whence])</c>: whence 0 = from the start, 1 = from here, 2 = from the end; returns the new position.</summary>
    private PyObject Seek(long offset, long whence)
    {
        var origin = whence switch
        {
            0 => SeekOrigin.Begin,
            1 => SeekOrigin.Current,
            2 => SeekOrigin.End,
            _ => throw Errors.OSError(Errno.EINVAL),
        };
        return Run(s =>
        {
            long target = origin switch
            {
                SeekOrigin.Begin => offset,
                SeekOrigin.Current => s.Position + offset,
                _ => s.Length + offset,
            };
            if (target < 0)
            {
                throw Errors.OSError(Errno.EINVAL);
            }

            return IntObject.Get(s.Seek(target, SeekOrigin.Begin));
        });
    }

    /// <summary>Streams iterate over their lines.</summary>
    public override PyObject GetIter() => this;

    public override PyObject? Next() => ReadLine(-1);

    public override bool TryLoadAttr(StrObject name, out PyObject value)
    {
        if (name.Value == s_closed.Value)
        {
            value = BoolObject.From(IsClosed);
            return true;
        }

        return base.TryLoadAttr(name, out value);
    }
}
