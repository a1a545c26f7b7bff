using System;
using MicroPython.Bytecode;

namespace MicroPython.Mpy;

/// <summary>
/// Checks loaded bytecode before the VM sees it: each prelude decodes within its code, its counts are plausible
/// for the code's size, and every operand that indexes something (qstr table, constant table, children, local
/// slots, jump targets) stays in range. The reference VM trusts .mpy files; we do not, because the VM indexes
/// arrays with these numbers and a damaged file must end in <c>ValueError</c>, not a fault inside the loop.
/// </summary>
internal static class BytecodeVerifier
{
    /// <summary>Verifies every raw code of <paramref name="module"/>.</summary>
    public static void Verify(CompiledModule module) => VerifyRaw(module, module.Root);

    private static void VerifyRaw(CompiledModule module, RawCode raw)
    {
        Prelude prelude = DecodePrelude(raw.Code, module.Qstrs.Count);
        VerifyOpcodes(module, raw, prelude);
        foreach (RawCode child in raw.Children)
        {
            VerifyRaw(module, child);
        }
    }

    private static Prelude DecodePrelude(byte[] code, int qstrCount)
    {
        try
        {
            // Bound the counts before Prelude.Decode allocates from them: every argument name takes at least a
            // byte of the source info, and no real scope needs more state than a few slots per code byte.
            int position = 0;
            Prelude.DecodeSignature(code, ref position, out int nState, out int nExcStack, out _, out int nPos, out int nKwOnly, out int nDefPos);
            Prelude.DecodeSize(code, ref position, out int nInfo, out int nCell);
            long limit = code.Length;
            if (nState < 1 || nState > 16 + (4 * limit) || nExcStack < 0 || nExcStack > limit
                || nPos < 0 || nKwOnly < 0 || nDefPos < 0 || nDefPos > nPos || nPos + (long)nKwOnly > limit
                || nInfo < 1 || nCell < 0 || (long)position + nInfo + nCell > limit)
            {
                throw MpyReader.Incompatible();
            }

            Prelude prelude = Prelude.Decode(code);
            if (prelude.SimpleName >= qstrCount || prelude.LineTableStart > prelude.LineTableEnd)
            {
                throw MpyReader.Incompatible();
            }

            foreach (int name in prelude.ArgNames)
            {
                if (name >= qstrCount)
                {
                    throw MpyReader.Incompatible();
                }
            }

            foreach (byte slot in prelude.CellSlots)
            {
                if (slot >= nState)
                {
                    throw MpyReader.Incompatible();
                }
            }

            return prelude;
        }
        catch (FormatException)
        {
            throw MpyReader.Incompatible();
        }
    }

    private static void VerifyOpcodes(CompiledModule module, RawCode raw, Prelude prelude)
    {
        byte[] code = raw.Code;
        int position = prelude.CodeStart;
        while (position < code.Length)
        {
            Instruction instruction;
            try
            {
                instruction = Disassembler.Decode(code, position);
            }
            catch (FormatException)
            {
                throw MpyReader.Incompatible();
            }

            if (!IsValid(module, raw, prelude, instruction))
            {
                throw MpyReader.Incompatible();
            }

            position = instruction.Next;
        }
    }

    private static bool IsValid(CompiledModule module, RawCode raw, Prelude prelude, in Instruction instruction)
    {
        byte op = instruction.Opcode;
        long argument = instruction.Argument;
        if (op >= Opcodes.LoadConstSmallIntMulti)
        {
            if (op < Opcodes.LoadFastMulti)
            {
                return true;
            }

            if (op < Opcodes.UnaryOpMulti)
            {
                return argument < prelude.NState;
            }

            // Unary operators 0-3 and binary operators 0-34 appear in bytecode (bytecode.md §2).
            return op < Opcodes.BinaryOpMulti ? op < Opcodes.UnaryOpMulti + 4 : op <= 0xF9;
        }

        if (!IsDefined(op))
        {
            return false;
        }

        switch (Opcodes.FormatOf(op))
        {
            case OperandFormat.Qstr:
                return argument < module.Qstrs.Count;
            case OperandFormat.Offset:
                return instruction.JumpTarget >= prelude.CodeStart && instruction.JumpTarget <= raw.Code.Length;
        }

        return op switch
        {
            Opcodes.LoadConstObj => argument < module.Constants.Count,
            Opcodes.MakeFunction or Opcodes.MakeFunctionDefargs or Opcodes.MakeClosure or Opcodes.MakeClosureDefargs
                => argument < raw.Children.Count,
            Opcodes.LoadFastN or Opcodes.StoreFastN or Opcodes.DeleteFast
                or Opcodes.LoadDeref or Opcodes.StoreDeref or Opcodes.DeleteDeref => argument < prelude.NState,
            _ => argument <= int.MaxValue,
        };
    }

    /// <summary>Opcodes MicroPython defines below the "multi" ranges (py/bc0.h).</summary>
    private static bool IsDefined(byte op) => op switch
    {
        >= Opcodes.LoadConstString and <= Opcodes.ImportFrom => true,
        >= Opcodes.MakeClosure and <= Opcodes.CallMethodVarKw => true,
        Opcodes.UnwindJump or (>= Opcodes.Jump and <= Opcodes.ForIter) => true,
        >= Opcodes.LoadConstFalse and <= Opcodes.GetIterStack => true,
        >= Opcodes.StoreMap and <= Opcodes.ImportStar => true,
        _ => false,
    };
}
