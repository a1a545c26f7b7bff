using System;
using System.Collections.Generic;
using System.Globalization;
using System.Numerics;
using System.Text;
using MicroPython.Bytecode;
using MicroPython.Objects;

namespace MicroPython.Mpy;

/// <summary>
/// Serialises a <see cref="CompiledModule"/> as a .mpy file, byte for byte as <c>mpy-cross</c> lays it out
/// (mpy-format.md §3–§7): header, qstr table (static strings by number), constant table, then the module's raw
/// code with its children nested depth-first. The compiler already produced the tables in mpy-cross's order and
/// the bytecode with its exact encodings, so writing is a straight walk with no re-encoding.
/// </summary>
public static class MpyWriter
{
    /// <summary>Returns the .mpy bytes of <paramref name="module"/>.</summary>
    /// <param name="module">A bytecode-only compile result.</param>
    /// <param name="smallIntBits">Small-int width the code was compiled for (header byte 3; mpy-cross default 31).</param>
    /// <exception cref="ArgumentException">A constant has no .mpy encoding (e.g. a complex with a real part).</exception>
    public static byte[] Write(CompiledModule module, int smallIntBits = MpyFormat.DefaultSmallIntBits)
    {
        ArgumentNullException.ThrowIfNull(module);
        var output = new List<byte>(256)
        {
            MpyFormat.Magic,
            MpyFormat.Version,
            0, // feature byte: no native code, so neither arch nor sub-version is recorded (as mpy-cross does)
            (byte)smallIntBits,
        };

        VarUint.WriteUnsigned(output, (ulong)module.Qstrs.Count);
        VarUint.WriteUnsigned(output, (ulong)module.Constants.Count);
        foreach (string qstr in module.Qstrs)
        {
            WriteQstr(output, qstr);
        }

        foreach (object? constant in module.Constants)
        {
            WriteConstant(output, constant);
        }

        WriteRawCode(output, module.Root);
        return output.ToArray();
    }

    /// <summary>One qstr-table entry: <c>(n &lt;&lt; 1) | 1</c> for a static string, else length, UTF-8 and NUL.</summary>
    private static void WriteQstr(List<byte> output, string value)
    {
        int number = StaticQstrs.NumberOf(value);
        if (number != 0)
        {
            VarUint.WriteUnsigned(output, ((ulong)number << 1) | 1);
            return;
        }

        byte[] utf8 = Utf8(value);
        VarUint.WriteUnsigned(output, (ulong)utf8.Length << 1);
        output.AddRange(utf8);
        output.Add(0);
    }

    private static void WriteConstant(List<byte> output, object? value)
    {
        switch (value)
        {
            case null:
                output.Add(MpyFormat.ObjNone);
                break;
            case bool b:
                output.Add(b ? MpyFormat.ObjTrue : MpyFormat.ObjFalse);
                break;
            case EllipsisConstant:
                output.Add(MpyFormat.ObjEllipsis);
                break;
            case string s:
                WriteTerminated(output, MpyFormat.ObjStr, Utf8(s));
                break;
            case byte[] bytes:
                WriteTerminated(output, MpyFormat.ObjBytes, bytes);
                break;
            case long l:
                WriteText(output, MpyFormat.ObjInt, l.ToString(CultureInfo.InvariantCulture));
                break;
            case int i:
                WriteText(output, MpyFormat.ObjInt, i.ToString(CultureInfo.InvariantCulture));
                break;
            case BigInteger big:
                WriteText(output, MpyFormat.ObjInt, big.ToString(CultureInfo.InvariantCulture));
                break;
            case double d:
                WriteText(output, MpyFormat.ObjFloat, FloatText(d));
                break;
            case Complex c:
                WriteText(output, MpyFormat.ObjComplex, ImaginaryText(c));
                break;
            case object?[] items:
                output.Add(MpyFormat.ObjTuple);
                VarUint.WriteUnsigned(output, (ulong)items.Length);
                foreach (object? item in items)
                {
                    WriteConstant(output, item);
                }

                break;
            default:
                throw new ArgumentException($"no .mpy encoding for a constant of type {value.GetType().Name}", nameof(value));
        }
    }

    /// <summary>
    /// A float constant as mpy-cross writes it: the shortest of 16 or 17 significant digits that reads back to
    /// the same double, in repr layout (<c>0.1</c>, <c>1e+16</c>, <c>123456789.0</c>, <c>inf</c>, <c>nan</c>).
    /// </summary>
    internal static string FloatText(double value) => FloatObject.Repr(value);

    /// <summary>A complex constant: only pure imaginary values are representable (the loader parses one number).</summary>
    private static string ImaginaryText(Complex value)
    {
        if (value.Real != 0 || double.IsNegative(value.Real))
        {
            throw new ArgumentException("only pure imaginary complex constants can be stored in a .mpy file", nameof(value));
        }

        var sb = new StringBuilder(24);
        FloatObject.AppendShortest(sb, value.Imaginary, addDotZero: false, upper: false);
        return sb.Append('j').ToString();
    }

    private static void WriteTerminated(List<byte> output, byte type, byte[] data)
    {
        output.Add(type);
        VarUint.WriteUnsigned(output, (ulong)data.Length);
        output.AddRange(data);
        output.Add(0);
    }

    private static void WriteText(List<byte> output, byte type, string ascii)
    {
        output.Add(type);
        VarUint.WriteUnsigned(output, (ulong)ascii.Length);
        foreach (char ch in ascii)
        {
            output.Add((byte)ch);
        }
    }

    /// <summary>kind_len, code, then the children (count only when there are some), recursively.</summary>
    private static void WriteRawCode(List<byte> output, RawCode raw)
    {
        if (raw.Kind != RawCodeKind.Bytecode)
        {
            throw new ArgumentException("only bytecode raw code can be written", nameof(raw));
        }

        bool hasChildren = raw.Children.Count > 0;
        ulong kindLen = ((ulong)raw.Code.Length << 3) | (hasChildren ? 4UL : 0UL) | (ulong)raw.Kind;
        VarUint.WriteUnsigned(output, kindLen);
        output.AddRange(raw.Code);
        if (hasChildren)
        {
            VarUint.WriteUnsigned(output, (ulong)raw.Children.Count);
            foreach (RawCode child in raw.Children)
            {
                WriteRawCode(output, child);
            }
        }
    }

    private static byte[] Utf8(string value) => Encoding.UTF8.GetBytes(value);
}
