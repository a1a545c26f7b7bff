using System;
using System.IO;

namespace MicroPython.Objects;

/// <summary><c>io.BytesIO([initial | alloc_size])</c>: an in-memory binary stream.</summary>
public sealed class BytesIOObject : StreamObject
{
    public static readonly TypeObject PyType = TypeObject.CreateBuiltin("BytesIO", null, InitType, MakeNew);

    public BytesIOObject(MemoryStream data)
        : base(PyType, data, text: false)
    {
    }

    private static void InitType(TypeObject type)
    {
        RegisterStreamMethods(type);
        type.SetAttrDirect("getvalue", new BuiltinFunction("getvalue", self =>
        {
            var m = (MemoryStream)((BytesIOObject)self.NativeSelf).Stream;
            return BytesObject.Create(m.GetBuffer().AsSpan(0, (int)m.Length));
        }).AsMethodOf(type));
    }

    private static PyObject MakeNew(TypeObject type, ReadOnlySpan<PyObject> args, int nKw) =>
        new BytesIOObject(StringIOObject.InitialData(type, args, nKw));
}
