using System;
using System.Collections.Generic;
using System.Globalization;
using System.Numerics;
using System.Text;
using MicroPython.Bytecode;
using MicroPython.Runtime;

namespace MicroPython.Mpy;

/// <summary>
/// Reads a .mpy file into the <see cref="CompiledModule"/> the compiler would have produced (mpy-format.md), checking
/// it as py/persistentcode.c does and more: every length is bounded by the bytes that remain, nesting is bounded,
/// every prelude and every opcode operand is checked against the tables, so a truncated, corrupt or hostile file
/// raises <c>ValueError</c> (MicroPython's <c>incompatible .mpy file</c>) and never a .NET fault, a hang or an
/// allocation larger than the file.
/// </summary>
public static class MpyReader
{
    /// <summary>
    /// Deepest nesting of constant tuples and of raw codes accepted. Real code nests far less (the compiler's own
    /// parser limits it); the bound keeps a hostile file from exhausting the .NET stack.
    /// </summary>
    public const int MaxNesting = 200;

    /// <summary>
    /// Longest decimal text accepted for an int constant. Parsing decimal text is superlinear, so without a bound a
    /// file of a few megabytes of digits would stall the loader for minutes; no compiled program carries a literal
    /// of this size (a board could not even hold it).
    /// </summary>
    public const int MaxIntDigits = 100_000;

    /// <summary>Parses <paramref name="data"/>.</summary>
    /// <exception cref="PyException"><c>ValueError</c> with MicroPython's message for any invalid input.</exception>
    public static CompiledModule Read(ReadOnlySpan<byte> data)
    {
        var reader = new Cursor(data);
        ReadHeader(ref reader);

        int qstrCount = reader.ReadCount();
        int objCount = reader.ReadCount();
        var qstrs = new List<string>(qstrCount);
        for (int i = 0; i < qstrCount; i++)
        {
            qstrs.Add(ReadQstr(ref reader));
        }

        var constants = new List<object?>(objCount);
        for (int i = 0; i < objCount; i++)
        {
            constants.Add(ReadConstant(ref reader, 0));
        }

        if (qstrCount == 0)
        {
            // Entry 0 is the source file name; tracebacks and __file__ need it.
            throw Incompatible();
        }

        RawCode root = ReadRawCode(ref reader, 0);
        var module = new CompiledModule(qstrs, constants, root);
        BytecodeVerifier.Verify(module);
        return module;
    }

    /// <summary>Checks the 4-byte header (and skips the arch-flags vuint) in py/persistentcode.c's order.</summary>
    private static void ReadHeader(ref Cursor reader)
    {
        byte magic = reader.ReadByte();
        byte version = reader.ReadByte();
        byte features = reader.ReadByte();
        byte smallIntBits = reader.ReadByte();
        int arch = (features >> 2) & 0x2F; // the reserved bit 7 lands in arch bit 5, as in the reference
        int subVersion = features & 3;
        if (magic != MpyFormat.Magic || version != MpyFormat.Version
            || (arch != 0 && subVersion != MpyFormat.SubVersion) || smallIntBits > MpyFormat.RuntimeSmallIntBits)
        {
            throw Incompatible();
        }

        if (arch != 0)
        {
            throw Errors.ValueError(MpyFormat.NativeUnsupported);
        }

        if ((features & MpyFormat.FeatureArchFlags) != 0)
        {
            // Architecture flags only describe RISC-V extensions; this runtime runs no machine code.
            throw Incompatible();
        }
    }

    private static string ReadQstr(ref Cursor reader)
    {
        ulong entry = reader.ReadVarUint();
        if ((entry & 1) != 0)
        {
            ulong number = entry >> 1;
            if (number == 0 || number > (ulong)StaticQstrs.Last)
            {
                throw Incompatible();
            }

            return StaticQstrs.Get((int)number);
        }

        int length = reader.ReadLength(entry >> 1, extra: 1);
        string value = reader.ReadUtf8(length);
        reader.ReadByte(); // NUL terminator, not checked (as the reference loader)
        return value;
    }

    private static object? ReadConstant(ref Cursor reader, int depth)
    {
        byte type = reader.ReadByte();
        switch (type)
        {
            case MpyFormat.ObjNone:
                return null;
            case MpyFormat.ObjFalse:
                return false;
            case MpyFormat.ObjTrue:
                return true;
            case MpyFormat.ObjEllipsis:
                return EllipsisConstant.Instance;
            case MpyFormat.ObjStr:
            {
                int length = reader.ReadLength(reader.ReadVarUint(), extra: 1);
                string value = reader.ReadUtf8(length);
                reader.ReadByte();
                return value;
            }

            case MpyFormat.ObjBytes:
            {
                int length = reader.ReadLength(reader.ReadVarUint(), extra: 1);
                byte[] value = reader.ReadBytes(length);
                reader.ReadByte();
                return value;
            }

            case MpyFormat.ObjInt:
            {
                int length = reader.ReadLength(reader.ReadVarUint(), extra: 0);
                if (length > MaxIntDigits)
                {
                    throw Incompatible();
                }

                return ParseInt(reader.ReadAscii(length));
            }
            case MpyFormat.ObjFloat:
            {
                string text = reader.ReadAscii(reader.ReadLength(reader.ReadVarUint(), extra: 0));
                return ParseReal(text);
            }

            case MpyFormat.ObjComplex:
            {
                string text = reader.ReadAscii(reader.ReadLength(reader.ReadVarUint(), extra: 0));
                if (text.EndsWith('j') || text.EndsWith('J'))
                {
                    return new Complex(0.0, ParseReal(text.Substring(0, text.Length - 1)));
                }

                // The reference parses the text as one number: without the suffix it is a float.
                return ParseReal(text);
            }

            case MpyFormat.ObjTuple:
            {
                if (depth >= MaxNesting)
                {
                    throw Incompatible();
                }

                int count = reader.ReadCount();
                var items = new object?[count];
                for (int i = 0; i < count; i++)
                {
                    items[i] = ReadConstant(ref reader, depth + 1);
                }

                return items;
            }

            default:
                // Type 0 (the native function table) only appears beside native code, which this runtime refuses.
                throw Incompatible();
        }
    }

    private static object ParseInt(string text)
    {
        // Decimal digits with an optional leading '-', as mpy-cross writes them.
        int start = text.Length > 0 && text[0] == '-' ? 1 : 0;
        bool valid = text.Length > start;
        for (int i = start; valid && i < text.Length; i++)
        {
            valid = char.IsAsciiDigit(text[i]);
        }

        if (!valid)
        {
            throw Errors.ValueError("invalid syntax for integer with base 10");
        }

        if (text.Length <= 18)
        {
            return long.Parse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
        }

        var big = BigInteger.Parse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
        return big >= long.MinValue && big <= long.MaxValue ? (long)big : big;
    }

    private static double ParseReal(string text)
    {
        if (!NumberParser.TryParseFloat(text, out double value))
        {
            throw Errors.ValueError("invalid syntax for number");
        }

        return value;
    }

    private static RawCode ReadRawCode(ref Cursor reader, int depth)
    {
        if (depth >= MaxNesting)
        {
            throw Incompatible();
        }

        ulong kindLen = reader.ReadVarUint();
        var kind = (RawCodeKind)(kindLen & 3);
        bool hasChildren = (kindLen & 4) != 0;
        if (kind != RawCodeKind.Bytecode)
        {
            // No native emitter here: native, viper and inline-assembler code cannot run (mpy-format.md §7.1).
            throw Incompatible();
        }

        int codeLength = reader.ReadLength(kindLen >> 3, extra: 0);
        byte[] code = reader.ReadBytes(codeLength);
        var children = new List<RawCode>();
        if (hasChildren)
        {
            int count = reader.ReadCount();
            children.Capacity = count;
            for (int i = 0; i < count; i++)
            {
                children.Add(ReadRawCode(ref reader, depth + 1));
            }
        }

        return new RawCode(kind, code, children);
    }

    internal static PyException Incompatible() => Errors.ValueError(MpyFormat.IncompatibleFile);

    /// <summary>A bounds-checked position in the input; every read past the end is an incompatible file.</summary>
    private ref struct Cursor
    {
        private readonly ReadOnlySpan<byte> _data;
        private int _position;

        public Cursor(ReadOnlySpan<byte> data)
        {
            _data = data;
            _position = 0;
        }

        private readonly int Remaining => _data.Length - _position;

        public byte ReadByte()
        {
            if (_position >= _data.Length)
            {
                throw Incompatible();
            }

            return _data[_position++];
        }

        public ulong ReadVarUint()
        {
            ulong value = 0;
            byte b;
            do
            {
                b = ReadByte();
                if ((value >> 57) != 0)
                {
                    throw Incompatible(); // more than 64 bits: no real file has such a number
                }

                value = (value << 7) | (uint)(b & 0x7F);
            }
            while ((b & 0x80) != 0);

            return value;
        }

        /// <summary>A count of items that each take at least one byte, so it cannot exceed what remains.</summary>
        public int ReadCount() => ReadLength(ReadVarUint(), extra: 0);

        /// <summary>Checks that <paramref name="length"/> bytes (plus <paramref name="extra"/>) remain.</summary>
        public readonly int ReadLength(ulong length, int extra)
        {
            if (length > (ulong)Math.Max(Remaining - extra, 0))
            {
                throw Incompatible();
            }

            return (int)length;
        }

        public byte[] ReadBytes(int length)
        {
            byte[] result = _data.Slice(_position, length).ToArray();
            _position += length;
            return result;
        }

        public string ReadUtf8(int length)
        {
            ReadOnlySpan<byte> bytes = _data.Slice(_position, length);
            _position += length;
            try
            {
                return s_strictUtf8.GetString(bytes);
            }
            catch (DecoderFallbackException)
            {
                throw Incompatible();
            }
        }

        public string ReadAscii(int length)
        {
            ReadOnlySpan<byte> bytes = _data.Slice(_position, length);
            _position += length;
            return Encoding.Latin1.GetString(bytes);
        }
    }

    private static readonly UTF8Encoding s_strictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
}
