using System;
using MicroPython.Objects;
using MicroPython.Runtime;
using MicroPython.Sdk.Modules;

namespace MicroPython.Modules.Json;

/// <summary>
/// The <c>json</c> module (MicroPython's modjson.c): <c>dump</c>, <c>dumps</c>, <c>load</c>, <c>loads</c>, enabled
/// by <c>MICROPY_PY_JSON</c>. Built only on the kernel's public APIs (this file, <see cref="JsonEncoder"/>,
/// <see cref="JsonDecoder"/>).
/// </summary>
public static class JsonModule
{
    private static readonly StrObject s_read = StrObject.Intern("read");
    private static readonly StrObject s_write = StrObject.Intern("write");

    // Only `separators` is accepted, keyword-only, as MicroPython's mp_arg_parse_all table declares it; every other
    // keyword (indent, sort_keys, ensure_ascii, ...) is "extra keyword arguments given".
    private static readonly string[] s_separatorsName = { "separators" };

    /// <summary>The module's definition: its name, enabling option and functions.</summary>
    public static readonly ModuleDefinition Definition = new("json", "MICROPY_PY_JSON", _ => Create());

    /// <summary>Builds a fresh <c>json</c> module object.</summary>
    public static ModuleObject Create()
    {
        var m = new ModuleObject("json");
        var g = m.Globals;
        g.SetItem("dump", new BuiltinFunction("dump", 2, Dump));
        g.SetItem("dumps", new BuiltinFunction("dumps", 1, Dumps));
        g.SetItem("load", new BuiltinFunction("load", Load));
        g.SetItem("loads", new BuiltinFunction("loads", Loads));
        return m;
    }

    /// <summary><c>dumps(obj, *, separators=None)</c>.</summary>
    private static PyObject Dumps(ReadOnlySpan<PyObject> args, int nKw)
    {
        var encoder = CreateEncoder(args, nKw, 1);
        return new StrObject(encoder.Encode(args[0]));
    }

    /// <summary><c>dump(obj, stream, *, separators=None)</c>: the whole text goes to <c>stream.write</c> in one call.</summary>
    private static PyObject Dump(ReadOnlySpan<PyObject> args, int nKw)
    {
        var encoder = CreateEncoder(args, nKw, 2);
        var write = StreamMethod(args[1], s_write);

        // Encode before writing so an error inside the object leaves the stream untouched.
        var text = encoder.Encode(args[0]);
        Ops.CallFunction(write, new StrObject(text));
        return NoneObject.None;
    }

    /// <summary><c>loads(s)</c>: s is a str or any object with the buffer protocol (read as UTF-8).</summary>
    private static PyObject Loads(PyObject source)
    {
        var str = Ops.AsStr(source);
        if (str != null)
        {
            return JsonDecoder.Decode(str.Value);
        }

        if (!Buffer.TryGetBytes(source, out var bytes))
        {
            throw Buffer.BufferRequired();
        }

        return JsonDecoder.Decode(bytes);
    }

    /// <summary><c>load(stream)</c>: reads the stream to its end with <c>read()</c> and parses that text.</summary>
    private static PyObject Load(PyObject stream)
    {
        var read = StreamMethod(stream, s_read);

        // MicroPython's load also consumes the stream to EOF: anything after the value must be whitespace.
        return Loads(Ops.CallFunction(read));
    }

    private static JsonEncoder CreateEncoder(ReadOnlySpan<PyObject> args, int nKw, int nRequired)
    {
        int nPos = args.Length - 2 * nKw;
        if (nPos < nRequired)
        {
            // The positionals are checked before keywords are parsed, as MP_DEFINE_CONST_FUN_OBJ_KW does.
            throw Errors.TypeError($"function missing {nRequired - nPos} required positional arguments");
        }

        Span<PyObject?> parsed = new PyObject?[1];
        ArgParser.Parse(args.Slice(nRequired), nKw, s_separatorsName, 0, 0, parsed);
        var separators = parsed[0];
        if (separators == null || ReferenceEquals(separators, NoneObject.None))
        {
            return new JsonEncoder(", ", ": ");
        }

        ReadOnlySpan<PyObject> items = Ops.TupleOrListItems(separators);
        int count = items.Length;

        if (count != 2)
        {
            throw Errors.ValueError($"requested length 2 but object has length {count}");
        }

        return new JsonEncoder(Ops.ToStr(items[0]), Ops.ToStr(items[1]));
    }

    /// <summary>
    /// The stream's bound <paramref name="name"/> method. Any object with the method is a stream here (MicroPython
    /// requires its native stream protocol); objects without it get MicroPython's text.
    /// </summary>
    private static PyObject StreamMethod(PyObject stream, StrObject name)
    {
        if (!Ops.TryLoadAttr(stream, name, out var method))
        {
            throw Errors.Make(ExceptionTypes.OSError, "stream operation not supported");
        }

        return method;
    }
}
