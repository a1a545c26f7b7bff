using System;
using System.IO;
using System.Text;
using MicroPython.Runtime;

namespace MicroPython.Objects;

/// <summary>
/// <c>io.StringIO([initial | alloc_size])</c>: an in-memory text stream. Like MicroPython's it stores UTF-8, so
/// <c>seek</c>/<c>tell</c> count bytes; an int argument only pre-sizes the buffer.
/// </summary>
public sealed class StringIOObject : StreamObject
{
    public static readonly TypeObject PyType = TypeObject.CreateBuiltin("StringIO", null, InitType, MakeNew);

    public StringIOObject(MemoryStream data)
        : base(PyType, data, text: true)
    {
    }

    private static void InitType(TypeObject type)
    {
        RegisterStreamMethods(type);
        type.SetAttrDirect("getvalue", new BuiltinFunction("getvalue", self =>
            StrObject.Create(Encoding.UTF8.GetString(((StringIOObject)self.NativeSelf).Contents()))).AsMethodOf(type));
    }

    /// <summary>Everything written so far (not only what follows the position).</summary>
    private ReadOnlySpan<byte> Contents()
    {
        var m = (MemoryStream)Stream;
        return m.GetBuffer().AsSpan(0, (int)m.Length);
    }

    private static PyObject MakeNew(TypeObject type, ReadOnlySpan<PyObject> args, int nKw) =>
        new StringIOObject(InitialData(type, args, nKw));

    /// <summary>The initial buffer of a StringIO/BytesIO: a copy of the given str/bytes, or empty with the given capacity.</summary>
    internal static MemoryStream InitialData(TypeObject type, ReadOnlySpan<PyObject> args, int nKw)
    {
        ArgCheck.Range(args, nKw, 0, 1);
        var m = new MemoryStream();
        if (args.Length == 0 || ReferenceEquals(args[0], NoneObject.None))
        {
            return m;
        }

        if (args[0] is IntObject size and not BoolObject)
        {
            m.Capacity = (int)Math.Clamp(size.Value, 0, 1 << 20);
            return m;
        }

        m.Write(Buffer.GetBytes(args[0]));
        m.Position = 0;
        return m;
    }
}
