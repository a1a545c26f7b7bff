using System;
using MicroPython.Objects;
using MicroPython.Runtime;
using MicroPython.Sdk.Modules;

namespace MicroPython.Modules.Struct;

/// <summary>
/// The <c>struct</c> module as MicroPython has it: <c>calcsize</c>, <c>pack</c>, <c>pack_into</c>, <c>unpack</c>
/// and <c>unpack_from</c> over any buffer (bytes, bytearray, memoryview, array). Integers are packed truncated to
/// their width and the number of values is not checked (MicroPython's behaviour; CPython raises
/// <c>struct.error</c> for both); errors are
/// <c>ValueError</c>s, there being no <c>struct.error</c>. <c>unpack</c> accepts a buffer longer than the format, as
/// MicroPython does; a shorter one is <c>ValueError: buffer too small</c>.
/// </summary>
public static class StructModule
{
    private static readonly string[] s_unpackFromParameters = { "format", "buffer", "offset" };

    /// <summary>The module's definition: name, enabling option and functions.</summary>
    public static readonly ModuleDefinition Definition = ModuleDefinition.Create("struct", "MICROPY_PY_STRUCT", m => m
        .Function("calcsize", format => IntObject.Get(StructFormat.Parse(format).Size))
        .Function("pack", 1, int.MaxValue, Pack)
        .Function("pack_into", 3, int.MaxValue, PackInto)
        .Function("unpack", (format, data) => UnpackFrom(format, data, 0))
        .Function("unpack_from", s_unpackFromParameters, 2, 3, args =>
            UnpackFrom(args[0]!, args[1]!, args[2] is { } offset ? Ops.ToInt64(offset) : 0)));

    /// <summary><c>pack(fmt, v1, v2, ...)</c> → bytes.</summary>
    private static PyObject Pack(ReadOnlySpan<PyObject> args)
    {
        var format = StructFormat.Parse(args[0]);
        var data = new byte[format.Size];
        format.Pack(data, args.Slice(1));
        return data.Length == 0 ? BytesObject.Empty : new BytesObject(data);
    }

    /// <summary>
    /// <c>pack_into(fmt, buffer, offset, v1, ...)</c>: writes into a writable buffer; a negative offset counts from
    /// its end. Values are written as they are converted, as MicroPython does: a bad value stops the packing there.
    /// </summary>
    private static PyObject PackInto(ReadOnlySpan<PyObject> args)
    {
        var format = StructFormat.Parse(args[0]);
        long offset = Ops.ToInt64(args[2]);
        var target = Buffer.GetWritableBytes(args[1]);
        format.Pack(target.Slice(Window(offset, format.Size, target.Length)), args.Slice(3));
        return NoneObject.None;
    }

    /// <summary><c>unpack(fmt, data)</c> and <c>unpack_from(fmt, data, offset=0)</c> → tuple.</summary>
    private static PyObject UnpackFrom(PyObject formatObject, PyObject data, long offset)
    {
        var format = StructFormat.Parse(formatObject);
        var bytes = Buffer.GetBytes(data);
        return format.Unpack(bytes.Slice(Window(offset, format.Size, bytes.Length)));
    }

    /// <summary>The start of a <paramref name="size"/>-byte window at <paramref name="offset"/> (negative: from the end); <c>ValueError: buffer too small</c> when it does not fit.</summary>
    private static int Window(long offset, int size, int length)
    {
        if (offset < 0)
        {
            offset += length;
        }

        if (offset < 0 || offset + size > length)
        {
            throw Errors.ValueError("buffer too small");
        }

        return (int)offset;
    }
}
