using System;
using System.IO;
using System.Text;
using MicroPython.Runtime;

namespace MicroPython.Objects;

/// <summary>
/// <c>sys.stdin</c>/<c>sys.stdout</c>/<c>sys.stderr</c>: text streams over the runtime's readers and writers,
/// printing as MicroPython's <c>&lt;io.TextIOWrapper 1&gt;</c>; <c>.buffer</c> gives the byte-level stream.
/// </summary>
public sealed class TextStreamObject : PyObject
{
    public static readonly TypeObject PyType = TypeObject.CreateBuiltin("TextIOWrapper", null, InitType);

    private readonly Func<TextWriter>? _writer;
    private readonly Func<TextReader>? _reader;
    private BufferStreamObject? _buffer;

    public TextStreamObject(int fd, Func<TextWriter>? writer, Func<TextReader>? reader)
        : base(PyType)
    {
        Fd = fd;
        _writer = writer;
        _reader = reader;
    }

    public int Fd { get; }

    public TextWriter Writer => _writer?.Invoke() ?? throw Errors.OSError(Errno.EBADF);

    public TextReader Reader => _reader?.Invoke() ?? throw Errors.OSError(Errno.EBADF);

    private static void InitType(TypeObject type)
    {
        type.SetAttrDirect("write", new BuiltinFunction("write", (self, s) => ((TextStreamObject)self).Write(s)).AsMethodOf(type));
        type.SetAttrDirect("flush", new BuiltinFunction("flush", self =>
        {
            ((TextStreamObject)self).Writer.Flush();
            return NoneObject.None;
        }).AsMethodOf(type));
        type.SetAttrDirect("read", new BuiltinFunction("read", 1, 2, args => ((TextStreamObject)args[0]).Read(args.Length > 1 ? args[1] : null)).AsMethodOf(type));
        type.SetAttrDirect("readline", new BuiltinFunction("readline", self =>
        {
            var line = ((TextStreamObject)self).Reader.ReadLine();
            return line == null ? StrObject.Empty : new StrObject(line + "\n");
        }).AsMethodOf(type));
    }

    private PyObject Write(PyObject s)
    {
        var text = s is StrObject str ? str.Value : throw Errors.TypeError($"can't convert '{s.Type.Name}' object to str implicitly");
        Writer.Write(text);
        return IntObject.Get(text.Length);
    }

    private PyObject Read(PyObject? size)
    {
        if (size == null || (size is IntObject i && i.Value < 0))
        {
            return new StrObject(Reader.ReadToEnd());
        }

        long n = ((IntObject)size).Value;
        var buf = new char[n];
        int got = Reader.Read(buf, 0, (int)n);
        return new StrObject(new string(buf, 0, got));
    }

    public override bool TryLoadAttr(StrObject name, out PyObject value)
    {
        if (name.Value == "buffer")
        {
            value = _buffer ??= new BufferStreamObject(this);
            return true;
        }

        return base.TryLoadAttr(name, out value);
    }

    public override void Print(StringBuilder sb, bool repr) => sb.Append("<io.TextIOWrapper ").Append(Fd).Append('>');
}

/// <summary>The <c>.buffer</c> of a standard stream: writes bytes as UTF-8 text through the same writer.</summary>
public sealed class BufferStreamObject : PyObject
{
    public static readonly TypeObject PyType = TypeObject.CreateBuiltin("FileIO", null, InitType);

    public BufferStreamObject(TextStreamObject text)
        : base(PyType)
    {
        Text = text;
    }

    public TextStreamObject Text { get; }

    private static void InitType(TypeObject type)
    {
        type.SetAttrDirect("write", new BuiltinFunction("write", (self, data) =>
        {
            var stream = (BufferStreamObject)self;
            var bytes = Buffer.GetBytes(data);
            stream.Text.Writer.Write(Encoding.UTF8.GetString(bytes));
            return IntObject.Get(bytes.Length);
        }).AsMethodOf(type));
        type.SetAttrDirect("flush", new BuiltinFunction("flush", self =>
        {
            ((BufferStreamObject)self).Text.Writer.Flush();
            return NoneObject.None;
        }).AsMethodOf(type));
    }

    public override void Print(StringBuilder sb, bool repr) => sb.Append("<io.FileIO ").Append(Text.Fd).Append('>');
}
