using System;
using System.Collections.Generic;
using System.Globalization;
using System.Numerics;
using System.Text;

namespace MicroPython.Bytecode;

/// <summary>
/// One decoded instruction. <see cref="Offset"/> is the absolute index of the opcode byte in the code array;
/// <see cref="Argument"/> holds the operand (qstr/object/child index, slot, count, packed value, signed small int,
/// or the embedded argument of the "multi" opcodes); jumps also carry their absolute <see cref="JumpTarget"/>.
/// </summary>
public readonly struct Instruction
{
    public Instruction(int offset, int length, byte opcode, long argument, int extraByte, int jumpTarget)
    {
        Offset = offset;
        Length = length;
        Opcode = opcode;
        Argument = argument;
        ExtraByte = extraByte;
        JumpTarget = jumpTarget;
    }

    public int Offset { get; }

    /// <summary>Bytes taken by opcode, operand and extra byte.</summary>
    public int Length { get; }

    public byte Opcode { get; }

    /// <summary>
    /// Operand: for LOAD_CONST_SMALL_INT(_MULTI) the value; for LOAD/STORE_FAST_MULTI the slot; for UNARY/BINARY_OP_MULTI
    /// the operator number; for jumps the decoded relative offset; 0 for operand-less opcodes.
    /// </summary>
    public long Argument { get; }

    /// <summary>The extra byte of MAKE_CLOSURE*, UNWIND_JUMP; −1 when absent.</summary>
    public int ExtraByte { get; }

    /// <summary>Absolute index of the jump destination; −1 for non-jumps.</summary>
    public int JumpTarget { get; }

    public int Next => Offset + Length;
}

/// <summary>
/// Decodes MicroPython bytecode into <see cref="Instruction"/>s and renders a human-readable listing of a
/// <see cref="CompiledModule"/> (used by tests and for debugging the VM), in the spirit of py/showbc.c.
/// </summary>
public static class Disassembler
{
    /// <summary>Decodes the instruction whose opcode is at <paramref name="offset"/>.</summary>
    /// <exception cref="FormatException">The operand runs past the end of the code.</exception>
    public static Instruction Decode(byte[] code, int offset)
    {
        ReadOnlySpan<byte> span = code;
        int position = offset;
        if ((uint)position >= (uint)span.Length)
        {
            throw new FormatException("truncated bytecode");
        }

        byte op = span[position++];
        long argument = 0;
        int extra = -1;
        int target = -1;

        if (op >= Opcodes.LoadConstSmallIntMulti && op < Opcodes.LoadFastMulti)
        {
            argument = op - Opcodes.LoadConstSmallIntMultiExcess;
        }
        else if (op >= Opcodes.LoadFastMulti && op < Opcodes.UnaryOpMulti)
        {
            argument = op < Opcodes.StoreFastMulti ? op - Opcodes.LoadFastMulti : op - Opcodes.StoreFastMulti;
        }
        else if (op >= Opcodes.UnaryOpMulti && op < Opcodes.BinaryOpMulti)
        {
            argument = op - Opcodes.UnaryOpMulti;
        }
        else if (op >= Opcodes.BinaryOpMulti)
        {
            argument = op - Opcodes.BinaryOpMulti;
        }
        else
        {
            switch (Opcodes.FormatOf(op))
            {
                case OperandFormat.Qstr:
                    argument = (long)VarUint.ReadUnsigned(span, ref position);
                    break;
                case OperandFormat.VarUint:
                    argument = op == Opcodes.LoadConstSmallInt
                        ? VarUint.ReadSigned(span, ref position)
                        : (long)VarUint.ReadUnsigned(span, ref position);
                    break;
                case OperandFormat.Offset:
                    argument = ReadJumpOffset(span, ref position, Opcodes.IsSignedJump(op));
                    target = position + (int)argument;
                    break;
            }

            if (Opcodes.HasExtraByte(op))
            {
                if ((uint)position >= (uint)span.Length)
                {
                    throw new FormatException("truncated bytecode");
                }

                extra = span[position++];
            }
        }

        return new Instruction(offset, position - offset, op, argument, extra, target);
    }

    /// <summary>
    /// Reads a 1- or 2-byte jump offset (bytecode.md §1.1) and advances past it. The result is relative to the
    /// position just after the offset field.
    /// </summary>
    public static int ReadJumpOffset(ReadOnlySpan<byte> code, ref int position, bool isSigned)
    {
        if ((uint)position >= (uint)code.Length)
        {
            throw new FormatException("truncated bytecode");
        }

        int b0 = code[position++];
        if ((b0 & 0x80) == 0)
        {
            return isSigned ? b0 - 0x40 : b0;
        }

        if ((uint)position >= (uint)code.Length)
        {
            throw new FormatException("truncated bytecode");
        }

        int raw = (b0 & 0x7F) | (code[position++] << 7);
        return isSigned ? raw - 0x4000 : raw;
    }

    /// <summary>Decodes every instruction of a bytecode raw code, from its first opcode to the end.</summary>
    public static List<Instruction> DecodeAll(byte[] code)
    {
        var result = new List<Instruction>();
        int position = Prelude.Decode(code).CodeStart;
        while (position < code.Length)
        {
            Instruction instruction = Decode(code, position);
            result.Add(instruction);
            position = instruction.Next;
        }

        return result;
    }

    /// <summary>Mnemonic of an opcode as MicroPython's showbc prints it (multi forms use their base name).</summary>
    public static string NameOf(byte op)
    {
        if (op >= Opcodes.LoadConstSmallIntMulti && op < Opcodes.LoadFastMulti)
        {
            return "LOAD_CONST_SMALL_INT";
        }

        if (op >= Opcodes.LoadFastMulti && op < Opcodes.StoreFastMulti)
        {
            return "LOAD_FAST";
        }

        if (op >= Opcodes.StoreFastMulti && op < Opcodes.UnaryOpMulti)
        {
            return "STORE_FAST";
        }

        if (op >= Opcodes.UnaryOpMulti && op < Opcodes.UnaryOpMulti + 4)
        {
            return "UNARY_OP";
        }

        if (op >= Opcodes.BinaryOpMulti && op <= 0xF9)
        {
            return "BINARY_OP";
        }

        return op switch
        {
            Opcodes.LoadConstString => "LOAD_CONST_STRING",
            Opcodes.LoadName => "LOAD_NAME",
            Opcodes.LoadGlobal => "LOAD_GLOBAL",
            Opcodes.LoadAttr => "LOAD_ATTR",
            Opcodes.LoadMethod => "LOAD_METHOD",
            Opcodes.LoadSuperMethod => "LOAD_SUPER_METHOD",
            Opcodes.StoreName => "STORE_NAME",
            Opcodes.StoreGlobal => "STORE_GLOBAL",
            Opcodes.StoreAttr => "STORE_ATTR",
            Opcodes.DeleteName => "DELETE_NAME",
            Opcodes.DeleteGlobal => "DELETE_GLOBAL",
            Opcodes.ImportName => "IMPORT_NAME",
            Opcodes.ImportFrom => "IMPORT_FROM",
            Opcodes.MakeClosure => "MAKE_CLOSURE",
            Opcodes.MakeClosureDefargs => "MAKE_CLOSURE_DEFARGS",
            Opcodes.LoadConstSmallInt => "LOAD_CONST_SMALL_INT",
            Opcodes.LoadConstObj => "LOAD_CONST_OBJ",
            Opcodes.LoadFastN => "LOAD_FAST",
            Opcodes.LoadDeref => "LOAD_DEREF",
            Opcodes.StoreFastN => "STORE_FAST",
            Opcodes.StoreDeref => "STORE_DEREF",
            Opcodes.DeleteFast => "DELETE_FAST",
            Opcodes.DeleteDeref => "DELETE_DEREF",
            Opcodes.BuildTuple => "BUILD_TUPLE",
            Opcodes.BuildList => "BUILD_LIST",
            Opcodes.BuildMap => "BUILD_MAP",
            Opcodes.BuildSet => "BUILD_SET",
            Opcodes.BuildSlice => "BUILD_SLICE",
            Opcodes.StoreComp => "STORE_COMP",
            Opcodes.UnpackSequence => "UNPACK_SEQUENCE",
            Opcodes.UnpackEx => "UNPACK_EX",
            Opcodes.MakeFunction => "MAKE_FUNCTION",
            Opcodes.MakeFunctionDefargs => "MAKE_FUNCTION_DEFARGS",
            Opcodes.CallFunction => "CALL_FUNCTION",
            Opcodes.CallFunctionVarKw => "CALL_FUNCTION_VAR_KW",
            Opcodes.CallMethod => "CALL_METHOD",
            Opcodes.CallMethodVarKw => "CALL_METHOD_VAR_KW",
            Opcodes.UnwindJump => "UNWIND_JUMP",
            Opcodes.Jump => "JUMP",
            Opcodes.PopJumpIfTrue => "POP_JUMP_IF_TRUE",
            Opcodes.PopJumpIfFalse => "POP_JUMP_IF_FALSE",
            Opcodes.JumpIfTrueOrPop => "JUMP_IF_TRUE_OR_POP",
            Opcodes.JumpIfFalseOrPop => "JUMP_IF_FALSE_OR_POP",
            Opcodes.SetupWith => "SETUP_WITH",
            Opcodes.SetupExcept => "SETUP_EXCEPT",
            Opcodes.SetupFinally => "SETUP_FINALLY",
            Opcodes.PopExceptJump => "POP_EXCEPT_JUMP",
            Opcodes.ForIter => "FOR_ITER",
            Opcodes.LoadConstFalse => "LOAD_CONST_FALSE",
            Opcodes.LoadConstNone => "LOAD_CONST_NONE",
            Opcodes.LoadConstTrue => "LOAD_CONST_TRUE",
            Opcodes.LoadNull => "LOAD_NULL",
            Opcodes.LoadBuildClass => "LOAD_BUILD_CLASS",
            Opcodes.LoadSubscr => "LOAD_SUBSCR",
            Opcodes.StoreSubscr => "STORE_SUBSCR",
            Opcodes.DupTop => "DUP_TOP",
            Opcodes.DupTopTwo => "DUP_TOP_TWO",
            Opcodes.PopTop => "POP_TOP",
            Opcodes.RotTwo => "ROT_TWO",
            Opcodes.RotThree => "ROT_THREE",
            Opcodes.WithCleanup => "WITH_CLEANUP",
            Opcodes.EndFinally => "END_FINALLY",
            Opcodes.GetIter => "GET_ITER",
            Opcodes.GetIterStack => "GET_ITER_STACK",
            Opcodes.StoreMap => "STORE_MAP",
            Opcodes.ReturnValue => "RETURN_VALUE",
            Opcodes.RaiseLast => "RAISE_LAST",
            Opcodes.RaiseObj => "RAISE_OBJ",
            Opcodes.RaiseFrom => "RAISE_FROM",
            Opcodes.YieldValue => "YIELD_VALUE",
            Opcodes.YieldFrom => "YIELD_FROM",
            Opcodes.ImportStar => "IMPORT_STAR",
            _ => "UNKNOWN_" + op.ToString("X2", CultureInfo.InvariantCulture),
        };
    }

    /// <summary>Python spelling of a bytecode binary operator number (0-34).</summary>
    public static string BinaryOpName(int op) => op switch
    {
        0 => "<",
        1 => ">",
        2 => "==",
        3 => "<=",
        4 => ">=",
        5 => "!=",
        6 => "in",
        7 => "is",
        8 => "exception_match",
        9 => "|=",
        10 => "^=",
        11 => "&=",
        12 => "<<=",
        13 => ">>=",
        14 => "+=",
        15 => "-=",
        16 => "*=",
        17 => "@=",
        18 => "//=",
        19 => "/=",
        20 => "%=",
        21 => "**=",
        22 => "|",
        23 => "^",
        24 => "&",
        25 => "<<",
        26 => ">>",
        27 => "+",
        28 => "-",
        29 => "*",
        30 => "@",
        31 => "//",
        32 => "/",
        33 => "%",
        34 => "**",
        _ => op.ToString(CultureInfo.InvariantCulture),
    };

    /// <summary>Python spelling of a bytecode unary operator number (0-3).</summary>
    public static string UnaryOpName(int op) => op switch
    {
        0 => "+",
        1 => "-",
        2 => "~",
        3 => "not",
        _ => op.ToString(CultureInfo.InvariantCulture),
    };

    /// <summary>
    /// Listing of a whole module: every raw code (outer first, children depth first), each with a header line,
    /// its argument names, cells and instructions annotated with source lines.
    /// </summary>
    public static string Disassemble(CompiledModule module)
    {
        var sb = new StringBuilder();
        AppendRawCode(sb, module, module.Root, "");
        return sb.ToString();
    }

    /// <summary>
    /// The instructions of one raw code, one per line as <c>NAME operand</c>, without offsets or headers; jump
    /// targets are written as <c>-&gt;N</c> where N is the index of the destination instruction in this list.
    /// Convenient for asserting code shapes in tests.
    /// </summary>
    public static string Shape(CompiledModule module, RawCode raw)
    {
        List<Instruction> instructions = DecodeAll(raw.Code);
        var indexByOffset = new Dictionary<int, int>();
        for (int i = 0; i < instructions.Count; i++)
        {
            indexByOffset[instructions[i].Offset] = i;
        }

        indexByOffset[raw.Code.Length] = instructions.Count;
        var sb = new StringBuilder();
        foreach (Instruction instruction in instructions)
        {
            sb.Append(FormatInstruction(module, raw, instruction, target =>
                indexByOffset.TryGetValue(target, out int index) ? "->" + index.ToString(CultureInfo.InvariantCulture) : "->?" + target.ToString(CultureInfo.InvariantCulture)));
            sb.Append('\n');
        }

        return sb.ToString();
    }

    /// <summary>Formats one instruction as <c>NAME operand</c>, resolving qstrs, constants and children.</summary>
    public static string FormatInstruction(CompiledModule module, RawCode raw, Instruction instruction, Func<int, string>? formatTarget = null)
    {
        formatTarget ??= target => target.ToString(CultureInfo.InvariantCulture);
        byte op = instruction.Opcode;
        string name = NameOf(op);
        long arg = instruction.Argument;
        string inv(long v) => v.ToString(CultureInfo.InvariantCulture);

        if (op >= Opcodes.UnaryOpMulti && op < Opcodes.UnaryOpMulti + 4)
        {
            return name + " " + UnaryOpName((int)arg);
        }

        if (op >= Opcodes.BinaryOpMulti && op <= 0xF9)
        {
            return name + " " + BinaryOpName((int)arg);
        }

        if (op >= Opcodes.LoadConstSmallIntMulti && op < Opcodes.UnaryOpMulti)
        {
            return name + " " + inv(arg);
        }

        switch (Opcodes.FormatOf(op))
        {
            case OperandFormat.Qstr:
                string q = QstrText(module, arg);
                return op == Opcodes.LoadConstString ? name + " " + Repr(q) : name + " " + q;
            case OperandFormat.Offset:
                string text = name + " " + formatTarget(instruction.JumpTarget);
                if (op == Opcodes.UnwindJump)
                {
                    text += " " + inv(instruction.ExtraByte & 0x7F) + ((instruction.ExtraByte & 0x80) != 0 ? " drop_iter" : "");
                }

                return text;
            case OperandFormat.VarUint:
                return name + " " + FormatVarUintOperand(module, raw, op, arg, instruction.ExtraByte);
            default:
                return name;
        }
    }

    private static string FormatVarUintOperand(CompiledModule module, RawCode raw, byte op, long arg, int extra)
    {
        string inv(long v) => v.ToString(CultureInfo.InvariantCulture);
        switch (op)
        {
            case Opcodes.LoadConstObj:
                return arg >= 0 && arg < module.Constants.Count ? Repr(module.Constants[(int)arg]) : "obj#" + inv(arg);
            case Opcodes.MakeFunction:
            case Opcodes.MakeFunctionDefargs:
            case Opcodes.MakeClosure:
            case Opcodes.MakeClosureDefargs:
                string child = arg >= 0 && arg < raw.Children.Count ? ChildName(module, raw.Children[(int)arg]) : "?";
                string text = inv(arg) + " " + child;
                return extra >= 0 ? text + " n_closed=" + inv(extra) : text;
            case Opcodes.CallFunction:
            case Opcodes.CallFunctionVarKw:
            case Opcodes.CallMethod:
            case Opcodes.CallMethodVarKw:
                return "n=" + inv(arg & 0xFF) + " nkw=" + inv((arg >> 8) & 0xFF);
            case Opcodes.UnpackEx:
                return inv(arg & 0xFF) + " " + inv((arg >> 8) & 0xFF);
            case Opcodes.StoreComp:
                return inv(arg >> 2) + " " + ((arg & 3) switch { 0 => "list", 1 => "dict", 2 => "set", _ => "?" });
            default:
                return inv(arg);
        }
    }

    private static void AppendRawCode(StringBuilder sb, CompiledModule module, RawCode raw, string indent)
    {
        if (raw.Kind != RawCodeKind.Bytecode)
        {
            sb.Append(indent).Append("raw code kind ").Append(raw.Kind.ToString()).Append(" (not disassembled)\n");
            return;
        }

        Prelude prelude = Prelude.Decode(raw.Code);
        sb.Append(indent)
            .Append(QstrText(module, prelude.SimpleName))
            .Append(": n_state=").Append(prelude.NState.ToString(CultureInfo.InvariantCulture))
            .Append(" n_exc_stack=").Append(prelude.NExcStack.ToString(CultureInfo.InvariantCulture))
            .Append(" flags=0x").Append(prelude.ScopeFlags.ToString("x2", CultureInfo.InvariantCulture))
            .Append(" pos=").Append(prelude.NPosArgs.ToString(CultureInfo.InvariantCulture))
            .Append(" kwonly=").Append(prelude.NKwOnlyArgs.ToString(CultureInfo.InvariantCulture))
            .Append(" defpos=").Append(prelude.NDefPosArgs.ToString(CultureInfo.InvariantCulture))
            .Append(" code_size=").Append((raw.Code.Length - prelude.CodeStart).ToString(CultureInfo.InvariantCulture))
            .Append('\n');

        if (prelude.ArgNames.Length > 0)
        {
            sb.Append(indent).Append("  args:");
            foreach (int a in prelude.ArgNames)
            {
                sb.Append(' ').Append(QstrText(module, a));
            }

            sb.Append('\n');
        }

        if (prelude.CellSlots.Length > 0)
        {
            sb.Append(indent).Append("  cells:");
            foreach (byte c in prelude.CellSlots)
            {
                sb.Append(' ').Append(c.ToString(CultureInfo.InvariantCulture));
            }

            sb.Append('\n');
        }

        int lastLine = -1;
        int position = prelude.CodeStart;
        while (position < raw.Code.Length)
        {
            Instruction instruction = Decode(raw.Code, position);
            int line = prelude.LineFor(raw.Code, position);
            string lineText = line != lastLine ? line.ToString(CultureInfo.InvariantCulture) : "";
            lastLine = line;
            sb.Append(indent)
                .Append(lineText.PadLeft(5))
                .Append(' ')
                .Append((position - prelude.CodeStart).ToString(CultureInfo.InvariantCulture).PadLeft(5))
                .Append("  ")
                .Append(FormatInstruction(module, raw, instruction, target => (target - prelude.CodeStart).ToString(CultureInfo.InvariantCulture)))
                .Append('\n');
            position = instruction.Next;
        }

        foreach (RawCode child in raw.Children)
        {
            AppendRawCode(sb, module, child, indent + "  ");
        }
    }

    private static string ChildName(CompiledModule module, RawCode child)
    {
        if (child.Kind != RawCodeKind.Bytecode)
        {
            return "<" + child.Kind.ToString() + ">";
        }

        try
        {
            return QstrText(module, Prelude.Decode(child.Code).SimpleName);
        }
        catch (FormatException)
        {
            return "?";
        }
    }

    private static string QstrText(CompiledModule module, long index) =>
        index >= 0 && index < module.Qstrs.Count ? module.Qstrs[(int)index] : "qstr#" + index.ToString(CultureInfo.InvariantCulture);

    /// <summary>Python-style repr of a constant-table value.</summary>
    public static string Repr(object? value)
    {
        switch (value)
        {
            case null:
                return "None";
            case bool b:
                return b ? "True" : "False";
            case long l:
                return l.ToString(CultureInfo.InvariantCulture);
            case BigInteger bi:
                return bi.ToString(CultureInfo.InvariantCulture);
            case double d:
                return FloatRepr(d);
            case Complex c:
                return ComplexPartRepr(c.Imaginary) + "j";
            case string s:
                return "'" + s.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("'", "\\'", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal) + "'";
            case byte[] bytes:
                var sb = new StringBuilder("b'");
                foreach (byte x in bytes)
                {
                    if (x >= 0x20 && x < 0x7F && x != '\'' && x != '\\')
                    {
                        sb.Append((char)x);
                    }
                    else
                    {
                        sb.Append("\\x").Append(x.ToString("x2", CultureInfo.InvariantCulture));
                    }
                }

                return sb.Append('\'').ToString();
            case EllipsisConstant:
                return "Ellipsis";
            case object?[] items:
                var t = new StringBuilder("(");
                for (int i = 0; i < items.Length; i++)
                {
                    if (i > 0)
                    {
                        t.Append(", ");
                    }

                    t.Append(Repr(items[i]));
                }

                if (items.Length == 1)
                {
                    t.Append(',');
                }

                return t.Append(')').ToString();
            default:
                return value.ToString() ?? "?";
        }
    }

    private static string ComplexPartRepr(double d)
    {
        // Python writes 2j, not 2.0j.
        string r = FloatRepr(d);
        return r.EndsWith(".0", StringComparison.Ordinal) ? r[..^2] : r;
    }

    private static string FloatRepr(double d)
    {
        if (double.IsNaN(d))
        {
            return "nan";
        }

        if (double.IsInfinity(d))
        {
            return d > 0 ? "inf" : "-inf";
        }

        string r = d.ToString("R", CultureInfo.InvariantCulture);
        if (r.IndexOf('.') < 0 && r.IndexOf('E') < 0)
        {
            r += ".0";
        }

        return r;
    }
}
