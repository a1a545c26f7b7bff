using System;
using System.Collections.Generic;
using System.Text;
using MicroPython.Objects;
using MicroPython.Runtime;

namespace MicroPython.Modules.Collections;

/// <summary>
/// <c>namedtuple(name, fields)</c> (MicroPython's objnamedtuple.c): a new type deriving from <c>tuple</c> whose
/// instances are ordinary tuples of that type, so indexing, unpacking, <c>len</c>, <c>+</c>, comparison and
/// hashing are tuple's own. The type adds field attributes, keyword construction and the repr
/// <c>P(x=1, y=2)</c>, plus CPython's <c>_fields</c>, <c>_make</c> and <c>_replace</c> (MicroPython has only the
/// fields and, in builds with the option, <c>_asdict</c>).
/// </summary>
public static class NamedTupleType
{
    /// <summary>Creates the type. <paramref name="fieldsSpec"/> is a str of names separated by spaces or commas, or an iterable of str.</summary>
    public static TypeObject Create(PyObject nameObject, PyObject fieldsSpec, NamedTupleOptions options)
    {
        string name = StrArgument(nameObject);
        string[] fields = FieldNames(fieldsSpec);
        var fieldObjects = new PyObject[fields.Length];
        for (int i = 0; i < fields.Length; i++)
        {
            fieldObjects[i] = StrObject.Intern(fields[i]);
        }

        var fieldsTuple = TupleObject.Create(fieldObjects);
        var type = TypeObject.CreateBuiltin(
            name,
            TupleObject.PyType,
            t => Fill(t, fields, fieldsTuple, options),
            (t, args, nKw) => Make(t, fields, args, nKw));
        type.Printer = (self, sb, repr) => Print(name, fields, (TupleObject)self, sb);
        return type;
    }

    private static string StrArgument(PyObject o) =>
        Ops.AsStr(o)?.Value ?? throw Errors.TypeError($"can't convert '{o.Type.Name}' object to str implicitly");

    private static string[] FieldNames(PyObject spec)
    {
        if (Ops.AsStr(spec) is { } text)
        {
            // CPython also accepts commas; MicroPython splits on whitespace only, which this includes.
            return text.Value.Replace(',', ' ').Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        }

        var names = new List<string>();
        var iter = Ops.GetIter(spec);
        PyObject? item;
        while ((item = Ops.Next(iter)) != null)
        {
            names.Add(StrArgument(item));
        }

        return names.ToArray();
    }

    private static void Fill(TypeObject type, string[] fields, TupleObject fieldsTuple, NamedTupleOptions options)
    {
        for (int i = 0; i < fields.Length; i++)
        {
            type.SetAttrDirect(fields[i], new NamedTupleField(i));
        }

        type.SetAttrDirect("_fields", fieldsTuple);
        type.SetAttrDirect("_make", new ClassMethodObject(new BuiltinFunction("_make", (cls, iterable) =>
        {
            var items = TupleObject.FromIterable(iterable);
            return Ops.Call(cls, items.Items, 0);
        })));
        type.SetAttrDirect("_replace", new BuiltinFunction("_replace", 1, (args, nKw) => Replace(type, fields, args, nKw)).AsMethodOf(type));
        if (options.AsDict)
        {
            var dictType = options.AsDictType;
            type.SetAttrDirect("_asdict", new BuiltinFunction("_asdict", self => AsDict((TupleObject)self, fields, dictType)).AsMethodOf(type));
        }
    }

    /// <summary>The constructor: positional arguments fill the first fields, keywords the others by name.</summary>
    private static PyObject Make(TypeObject type, string[] fields, ReadOnlySpan<PyObject> args, int nKw)
    {
        int nPos = args.Length - (2 * nKw);
        if (nPos + nKw != fields.Length)
        {
            throw Mismatch(() => $"{type.Name}() takes {fields.Length} positional arguments but {nPos + nKw} were given");
        }

        var items = new PyObject?[fields.Length];
        args.Slice(0, nPos).CopyTo(items!);
        for (int i = nPos; i < args.Length; i += 2)
        {
            string key = Ops.Str(args[i]);
            int index = Array.IndexOf(fields, key);
            if (index < 0)
            {
                throw Mismatch(() => $"unexpected keyword argument '{key}'");
            }

            if (items[index] != null)
            {
                throw Mismatch(() => $"function got multiple values for argument '{key}'");
            }

            items[index] = args[i + 1];
        }

        return new TupleObject(type, items!);
    }

    /// <summary>MicroPython's texts at NORMAL and DETAILED; TERSE builds give the one generic mismatch text.</summary>
    private static PyException Mismatch(Func<string> detailed)
    {
        var level = PyRuntime.CurrentOrNull?.ErrorReporting ?? ErrorReportingLevel.Detailed;
        return Errors.TypeError(level <= ErrorReportingLevel.Terse ? "argument num/types mismatch" : detailed());
    }

    /// <summary><c>_replace(**changes)</c>: a copy with the named fields replaced (CPython's method).</summary>
    private static PyObject Replace(TypeObject type, string[] fields, ReadOnlySpan<PyObject> args, int nKw)
    {
        if (args.Length - (2 * nKw) != 1)
        {
            throw Errors.TypeError($"function takes 1 positional arguments but {args.Length - (2 * nKw)} were given");
        }

        var self = args[0].NativeSelf as TupleObject ?? throw Errors.WrongSelfType(type, args[0]);
        var items = (PyObject[])self.Items.Clone();
        for (int i = 1; i < args.Length; i += 2)
        {
            string key = Ops.Str(args[i]);
            int index = Array.IndexOf(fields, key);
            if (index < 0)
            {
                throw Errors.ValueError($"got unexpected field name '{key}'");
            }

            items[index] = args[i + 1];
        }

        return new TupleObject(self.Type, items);
    }

    private static PyObject AsDict(TupleObject self, string[] fields, TypeObject dictType)
    {
        var d = new DictObject(dictType, fields.Length);
        for (int i = 0; i < fields.Length; i++)
        {
            d.SetItem(StrObject.Intern(fields[i]), self.Items[i]);
        }

        return d;
    }

    private static void Print(string name, string[] fields, TupleObject self, StringBuilder sb)
    {
        sb.Append(name).Append('(');
        var items = self.Items;
        for (int i = 0; i < items.Length; i++)
        {
            if (i > 0)
            {
                sb.Append(", ");
            }

            sb.Append(fields[i]).Append('=');
            Ops.PrintTo(sb, items[i], true);
        }

        sb.Append(')');
    }
}
