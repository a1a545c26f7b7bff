using System;
using System.Text;
using MicroPython.Bytecode;
using MicroPython.Runtime;

namespace MicroPython.Objects;

/// <summary>
/// Python's <c>memoryview</c>: a window onto another object's buffer without copying.
/// Indexing returns the element (an int for byte buffers; typed buffers such as <c>array('h')</c> give their
/// element type), slicing (step 1, as MicroPython: views stay contiguous) gives a new view, and writable sources can
/// be assigned through it. Beyond MicroPython's <c>itemsize</c>/<c>hex</c> it has CPython's <c>format</c>,
/// <c>cast</c>, <c>tolist</c>, <c>tobytes</c>, <c>nbytes</c>, <c>shape</c>. Prints as <c>&lt;memoryview&gt;</c>.
/// </summary>
/// <remarks>
/// The view re-reads the source's storage on every access, so it keeps working after a bytearray grows. When the
/// source shrinks below the view, the view is clamped (MicroPython would read freed memory).
/// </remarks>
public sealed class MemoryviewObject : PyObject, IBufferProvider
{
    public static readonly TypeObject PyType = TypeObject.CreateBuiltin("memoryview", null, InitType, MakeNew);

    private static readonly StrObject s_itemsize = StrObject.Intern("itemsize");
    private static readonly StrObject s_nbytes = StrObject.Intern("nbytes");
    private static readonly StrObject s_readonly = StrObject.Intern("readonly");
    private static readonly StrObject s_obj = StrObject.Intern("obj");
    private static readonly StrObject s_format = StrObject.Intern("format");

    private readonly IBufferProvider _provider;
    private readonly int _offset;
    private readonly int _byteLength;

    private MemoryviewObject(PyObject source, IBufferProvider provider, int offset, int byteLength, bool readOnly, char typeCode)
        : base(PyType)
    {
        Source = source;
        _provider = provider;
        _offset = offset;
        _byteLength = byteLength;
        ReadOnly = readOnly;
        TypeCode = typeCode;
        ItemSize = ItemSizeOf(typeCode);
    }

    /// <summary>Creates a view of the whole buffer of <paramref name="source"/>.</summary>
    public static MemoryviewObject Create(PyObject source)
    {
        var provider = Buffer.GetProvider(source);
        if (provider == null || !provider.TryGetBuffer(out var m, false))
        {
            throw Buffer.BufferRequired();
        }

        bool readOnly = !provider.TryGetBuffer(out _, true);
        return new MemoryviewObject(source, provider, 0, m.Length, readOnly, provider.BufferTypeCode);
    }

    /// <summary>The object whose buffer this views.</summary>
    public PyObject Source { get; }

    public bool ReadOnly { get; }

    public char TypeCode { get; }

    public int ItemSize { get; }

    char IBufferProvider.BufferTypeCode => TypeCode;

    /// <summary>Element size of a type code (1 for codes that are not value types, such as a provider's default).</summary>
    private static int ItemSizeOf(char typeCode) => Math.Max(1, BinaryValues.NativeSize(typeCode));

    /// <summary>The viewed bytes as they are now (clamped to the source's current size).</summary>
    private Memory<byte> Bytes
    {
        get
        {
            _provider.TryGetBuffer(out var m, false);
            int start = Math.Min(_offset, m.Length);
            int len = Math.Min(_byteLength, m.Length - start);
            return m.Slice(start, len);
        }
    }

    public bool TryGetBuffer(out Memory<byte> buffer, bool writable)
    {
        buffer = Bytes;
        return !writable || !ReadOnly;
    }

    public int Count => Bytes.Length / ItemSize;

    // ---- slots --------------------------------------------------------------------------------------------

    public override void Print(StringBuilder sb, bool repr) => sb.Append("<memoryview>");

    public override long Length() => Count;

    public override bool IsTrue() => Count != 0;

    public override long Hash()
    {
        if (!ReadOnly)
        {
            throw Errors.Unhashable(this);
        }

        return BytesObject.ComputeHash(Bytes.Span);
    }

    public override PyObject GetIter() => new MemoryviewIterator(this);

    public override PyObject GetItem(PyObject index)
    {
        if (index is SliceObject slice)
        {
            slice.Indices(Count, out int start, out _, out int step, out int n);
            if (step != 1)
            {
                throw Errors.NotImplemented("only slices with step=1 (aka None) are supported");
            }

            return new MemoryviewObject(Source, _provider, _offset + (start * ItemSize), Math.Max(n, 0) * ItemSize, ReadOnly, TypeCode);
        }

        int k = Ops.NormalizeIndex(index, Count, "memoryview");
        return ItemAt(k);
    }

    /// <summary>Element <paramref name="k"/> (0 ≤ k &lt; Count) as a Python object.</summary>
    internal PyObject ItemAt(int k)
    {
        var s = Bytes.Span.Slice(k * ItemSize, ItemSize);
        return BinaryValues.NativeSize(TypeCode) > 0 ? BinaryValues.Read(s, TypeCode, ItemSize, bigEndian: false) : IntObject.Get(s[0]);
    }


    public override void SetItem(PyObject index, PyObject value)
    {
        if (ReadOnly)
        {
            throw Errors.TypeError("cannot modify read-only memory");
        }

        if (index is SliceObject slice)
        {
            slice.Indices(Count, out int start, out _, out int step, out int n);
            if (step != 1)
            {
                throw Errors.NotImplemented("only slices with step=1 (aka None) are supported");
            }

            var src = Buffer.GetBytes(value);
            int bytes = Math.Max(n, 0) * ItemSize;
            if (src.Length != bytes)
            {
                throw Errors.ValueError("memoryview assignment: lvalue and rvalue have different structures");
            }

            src.CopyTo(Bytes.Span.Slice(start * ItemSize));
            return;
        }

        int k = Ops.NormalizeIndex(index, Count, "memoryview");
        // Integers are stored truncated to the element size, as MicroPython's arrays do.
        var d = Bytes.Span.Slice(k * ItemSize, ItemSize);
        BinaryValues.Write(d, BinaryValues.NativeSize(TypeCode) > 0 ? TypeCode : 'B', ItemSize, value, bigEndian: false);
    }

    public override PyObject? BinaryOp(BinaryOp op, PyObject rhs)
    {
        if (op != Bytecode.BinaryOp.Equal && op != Bytecode.BinaryOp.NotEqual)
        {
            return null;
        }

        if (Buffer.GetProvider(rhs) is not { } p || !p.TryGetBuffer(out var m, false))
        {
            return null;
        }

        bool eq = Bytes.Span.SequenceEqual(m.Span);
        return BoolObject.From(op == Bytecode.BinaryOp.Equal ? eq : !eq);
    }

    public override bool TryLoadAttr(StrObject name, out PyObject value)
    {
        if (ReferenceEquals(name, s_itemsize))
        {
            value = IntObject.Get(ItemSize);
            return true;
        }

        if (ReferenceEquals(name, s_nbytes))
        {
            value = IntObject.Get(Bytes.Length);
            return true;
        }

        if (ReferenceEquals(name, s_readonly))
        {
            value = BoolObject.From(ReadOnly);
            return true;
        }

        if (ReferenceEquals(name, s_obj))
        {
            value = Source;
            return true;
        }

        if (ReferenceEquals(name, s_format))
        {
            value = StrObject.FromChar(TypeCode);
            return true;
        }

        switch (name.Value)
        {
            // A one-dimensional, contiguous view (CPython's attributes; MicroPython has only itemsize).
            case "ndim":
                value = IntObject.One;
                return true;
            case "shape":
                value = TupleObject.Create(IntObject.Get(Count));
                return true;
            case "strides":
                value = TupleObject.Create(IntObject.Get(ItemSize));
                return true;
            case "contiguous":
            case "c_contiguous":
                value = BoolObject.True;
                return true;
        }

        return base.TryLoadAttr(name, out value);
    }

    // ---- constructor and methods --------------------------------------------------------------------------

    private static PyObject MakeNew(TypeObject type, ReadOnlySpan<PyObject> args, int nKw)
    {
        ArgCheck.Exact(args, nKw, 1);
        return Create(args[0]);
    }

    private static void InitType(TypeObject type)
    {
        type.SetAttrDirect("hex", new BuiltinFunction("hex", 1, 3, args =>
            StrObject.Create(ByteMethods.HexString(V(args[0]).Bytes.Span, args.Slice(1)))).AsMethodOf(type));
        type.SetAttrDirect("tobytes", new BuiltinFunction("tobytes", self => BytesObject.Create(V(self).Bytes.Span)).AsMethodOf(type));
        type.SetAttrDirect("tolist", new BuiltinFunction("tolist", self =>
        {
            var mv = V(self);
            int n = mv.Count;
            var list = new ListObject(n);
            for (int i = 0; i < n; i++)
            {
                list.Append(mv.ItemAt(i));
            }

            return list;
        }).AsMethodOf(type));
        type.SetAttrDirect("release", new BuiltinFunction("release", self => NoneObject.None).AsMethodOf(type));
        type.SetAttrDirect("cast", new BuiltinFunction("cast", (self, format) => V(self).Cast(Ops.ToStr(format))).AsMethodOf(type));
    }

    /// <summary>
    /// <c>cast(format)</c>: the same bytes seen as elements of another type code (CPython's one-dimensional cast);
    /// the byte length must be a multiple of the new element size.
    /// </summary>
    private MemoryviewObject Cast(string format)
    {
        string code = format.StartsWith('@') ? format.Substring(1) : format;
        if (code.Length != 1 || "bBhHiIlLqQfdP".IndexOf(code[0]) < 0)
        {
            throw Errors.ValueError("memoryview: destination format must be a native single character format prefixed with an optional '@'");
        }

        int length = Bytes.Length;
        if (length % ItemSizeOf(code[0]) != 0)
        {
            throw Errors.TypeError("memoryview: length is not a multiple of itemsize");
        }

        return new MemoryviewObject(Source, _provider, _offset, length, ReadOnly, code[0]);
    }

    private static MemoryviewObject V(PyObject self) => self as MemoryviewObject ?? throw Errors.WrongSelfType(PyType, self);

    /// <summary>Iterates the elements of a memoryview.</summary>
    private sealed class MemoryviewIterator : IteratorObject
    {
        private readonly MemoryviewObject _view;
        private int _pos;

        public MemoryviewIterator(MemoryviewObject view)
        {
            _view = view;
        }

        public override PyObject? Next() => _pos < _view.Count ? _view.ItemAt(_pos++) : null;
    }
}
