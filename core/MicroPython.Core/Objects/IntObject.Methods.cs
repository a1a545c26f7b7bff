using System;
using System.Numerics;
using MicroPython.Runtime;

namespace MicroPython.Objects;

// Constructor and methods of int. On the unix port int has only from_bytes and to_bytes (no bit_length,
// real/imag, …; builtins-and-modules.md §1); CPython's others are added below.
public partial class IntObject
{
    private static readonly string[] s_toBytesNames = { "length", "byteorder", "signed" };

    private static void InitType(TypeObject type)
    {
        type.SetAttrDirect("from_bytes", new ClassMethodObject(new BuiltinFunction("from_bytes", 2, 4, FromBytes)));
        type.SetAttrDirect("to_bytes", new BuiltinFunction("to_bytes", 1, ToBytes).AsMethodOf(type));

        // CPython's int methods MicroPython leaves out (cpython-differences.md: limitations, CPython behaviour welcome).
        type.SetAttrDirect("bit_length", new BuiltinFunction("bit_length", self =>
            Get((long)BigInteger.Abs(Ops.ToBigInteger(self)).GetBitLength())).AsMethodOf(type));
        type.SetAttrDirect("bit_count", new BuiltinFunction("bit_count", self =>
        {
            var v = BigInteger.Abs(Ops.ToBigInteger(self));
            long n = 0;
            foreach (byte b in v.ToByteArray(isUnsigned: true))
            {
                n += System.Numerics.BitOperations.PopCount(b);
            }

            return Get(n);
        }).AsMethodOf(type));
        type.SetAttrDirect("conjugate", new BuiltinFunction("conjugate", self => FromBigInteger(Ops.ToBigInteger(self))).AsMethodOf(type));
        type.SetAttrDirect("as_integer_ratio", new BuiltinFunction("as_integer_ratio", self =>
            TupleObject.Create(FromBigInteger(Ops.ToBigInteger(self)), One)).AsMethodOf(type));
        type.SetAttrDirect("is_integer", new BuiltinFunction("is_integer", _ => BoolObject.True).AsMethodOf(type));
        type.SetAttrDirect("real", FloatObject.ReadOnlyProperty("real", self => FromBigInteger(Ops.ToBigInteger(self))));
        type.SetAttrDirect("imag", FloatObject.ReadOnlyProperty("imag", _ => Zero));
        type.SetAttrDirect("numerator", FloatObject.ReadOnlyProperty("numerator", self => FromBigInteger(Ops.ToBigInteger(self))));
        type.SetAttrDirect("denominator", FloatObject.ReadOnlyProperty("denominator", _ => One));
    }

    /// <summary>
    /// <c>int()</c>, <c>int(x)</c>, <c>int(text, base)</c> (positional only, as in MicroPython). One argument: an int
    /// (or <c>__int__</c>) is returned as an int, text (str or any buffer) is parsed in base 10, a float truncated.
    /// </summary>
    private static PyObject MakeNew(TypeObject type, ReadOnlySpan<PyObject> args, int nKw)
    {
        ArgCheck.Range(args, nKw, 0, 2);
        if (args.Length == 0)
        {
            return Zero;
        }

        var x = args[0];
        if (args.Length == 1)
        {
            return Construct(x);
        }

        var numberBase = Ops.ToInt64(args[1]);
        if (numberBase < 0 || numberBase > 36)
        {
            throw Errors.ValueError("int() arg 2 must be >= 2 and <= 36");
        }

        if (x.NativeSelf is StrObject s)
        {
            return NumberParser.ParseInt(s.Value, (int)numberBase);
        }

        if (Buffer.GetProvider(x) != null && Buffer.TryGetBytes(x, out var bytes))
        {
            return NumberParser.ParseInt(bytes, (int)numberBase);
        }

        throw Errors.TypeError($"can't convert '{x.Type.Name}' object to str implicitly");
    }

    /// <summary>One-argument <c>int(x)</c>.</summary>
    public static PyObject Construct(PyObject x)
    {
        switch (x)
        {
            case BoolObject b:
                return Get(b.Value);
            case IntObject or BigIntObject:
                return x;
            case FloatObject f:
                return FromDouble(f.Value);
            case StrObject s:
                return NumberParser.ParseInt(s.Value, 10);
        }

        // User objects: __int__ first (through the unary-op slot), then the native part of a subclass instance.
        if (x is InstanceObject && x.UnaryOp(Bytecode.UnaryOp.Int) is { } converted && Ops.IsInt(converted))
        {
            return converted is BoolObject cb ? Get(cb.Value) : converted;
        }

        var native = x.NativeSelf;
        if (!ReferenceEquals(native, x) && native is IntObject or BigIntObject or FloatObject or StrObject)
        {
            return Construct(native);
        }

        if (Buffer.TryGetBytes(x, out var bytes))
        {
            return NumberParser.ParseInt(bytes, 10);
        }

        throw Errors.CantConvert(x, "int");
    }

    /// <summary>
    /// The int with the value of <paramref name="value"/> truncated toward zero, exact for any magnitude.
    /// <c>OverflowError: can't convert inf to int</c> / <c>ValueError: can't convert NaN to int</c>.
    /// </summary>
    public static PyObject FromDouble(double value)
    {
        if (double.IsNaN(value))
        {
            throw Errors.ValueError("can't convert NaN to int");
        }

        if (double.IsInfinity(value))
        {
            throw Errors.OverflowError("can't convert inf to int");
        }

        if (value > -9.2233720368547758E18 && value < 9.2233720368547758E18)
        {
            long truncated = (long)value;
            if (PyRuntime.CurrentOrNull is { LongIntImpl: LongIntImplementation.None } runtime && !FitsSmallInt(truncated, runtime.WordSizeBytes))
            {
                throw Errors.ValueError("float too big"); // no big ints: MicroPython's text for any float beyond a small int
            }

            return Get(truncated);
        }

        if (PyRuntime.CurrentOrNull is { LongIntImpl: not LongIntImplementation.Mpz })
        {
            throw Errors.ValueError("float too big"); // MicroPython's text when no big int can hold it
        }

        return FromBigInteger(new BigInteger(value)); // exact: a double this large is an integer
    }

    /// <summary>
    /// <c>int.from_bytes(bytes, byteorder='big', [signed], /)</c>: positional only; any byteorder other than
    /// <c>'little'</c> means big-endian, and a third argument is accepted but ignored (always unsigned), as in MicroPython.
    /// </summary>
    private static PyObject FromBytes(ReadOnlySpan<PyObject> args)
    {
        // args[0] is the class (from_bytes is a classmethod).
        var data = Buffer.GetBytes(args[1]);
        bool littleEndian = args.Length >= 3 && args[2].NativeSelf is StrObject order && order.Value == "little";
        if (data.Length <= 8)
        {
            ulong acc = 0;
            for (int k = 0; k < data.Length; k++)
            {
                int idx = littleEndian ? data.Length - 1 - k : k;
                acc = (acc << 8) | data[idx];
            }

            return FromUInt64(acc);
        }

        return FromBigInteger(new BigInteger(data, isUnsigned: true, isBigEndian: !littleEndian));
    }

    /// <summary>
    /// <c>int.to_bytes(length=1, byteorder='big', *, signed=False)</c>. Errors are MicroPython's:
    /// <c>OverflowError: value would overflow a 1 byte buffer</c>, <c>OverflowError: can't convert negative int to unsigned</c>.
    /// </summary>
    private static PyObject ToBytes(ReadOnlySpan<PyObject> args, int nKw)
    {
        var self = args[0].NativeSelf;
        if (!Ops.IsInt(self))
        {
            throw Errors.WrongSelfType(PyType, args[0]);
        }

        Span<PyObject?> parsed = new PyObject?[3];
        ArgParser.Parse(args.Slice(1), nKw, s_toBytesNames, 0, 2, parsed);
        long length = parsed[0] == null ? 1 : Ops.ToInt64(parsed[0]!);
        bool littleEndian = parsed[1] is { } order && order.NativeSelf is StrObject os && os.Value == "little";
        bool signed = parsed[2] != null && Ops.IsTrue(parsed[2]!);
        if (length < 0)
        {
            throw Errors.ValueError(null);
        }

        return new BytesObject(ToByteArray(Ops.ToBigInteger(self), length, littleEndian, signed));
    }

    /// <summary>The bytes of <c>value.to_bytes(length, byteorder, signed=signed)</c>.</summary>
    public static byte[] ToByteArray(BigInteger value, long length, bool littleEndian, bool signed)
    {
        if (value.Sign < 0 && !signed)
        {
            throw Errors.OverflowError("can't convert negative int to unsigned");
        }

        long needed = signed ? value.GetByteCount(isUnsigned: false) : value.GetByteCount(isUnsigned: true);
        if (value.IsZero)
        {
            needed = 0;
        }

        if (needed > length)
        {
            throw Errors.OverflowError($"value would overflow a {length} byte buffer");
        }

        var result = new byte[length];
        if (value.Sign < 0)
        {
            result.AsSpan().Fill(0xFF);
        }

        // Little-endian two's complement of the value, sign-extended by the fill above.
        var raw = value.ToByteArray(isUnsigned: !signed, isBigEndian: false);
        int n = (int)Math.Min(raw.Length, length);
        for (int k = 0; k < n; k++)
        {
            result[littleEndian ? k : length - 1 - k] = raw[k];
        }

        return result;
    }
}
