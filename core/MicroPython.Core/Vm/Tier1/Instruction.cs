using System.Collections.Generic;
using MicroPython.Bytecode;

namespace MicroPython.Vm.Tier1;

/// <summary>One decoded instruction of a code object: its operands as the interpreter would read them at run time.</summary>
internal struct Instruction
{
    /// <summary>Absolute index of the opcode in the code bytes.</summary>
    public int Ip;

    /// <summary>Absolute index of the next instruction.</summary>
    public int Next;

    public byte Op;

    /// <summary>The var-uint / qstr operand (for LOAD_CONST_SMALL_INT see <see cref="SmallInt"/>).</summary>
    public int Arg;

    /// <summary>The extra byte of MAKE_CLOSURE* and UNWIND_JUMP.</summary>
    public int Extra;

    /// <summary>The absolute jump target, or −1.</summary>
    public int Target;

    public long SmallInt;

    /// <summary>Values on the stack before the instruction runs; −1 when no compiled path reaches it.</summary>
    public int Depth;

    /// <summary>Decodes every instruction from <see cref="CodeObject.CodeStart"/> to the end of the code bytes.</summary>
    public static List<Instruction> Decode(CodeObject code)
    {
        var bc = code.Bytecode;
        var list = new List<Instruction>();
        int ip = code.CodeStart;
        while (ip < bc.Length)
        {
            var ins = new Instruction { Ip = ip, Op = bc[ip], Target = -1, Depth = -1 };
            ip++;
            byte op = ins.Op;
            if (op == Opcodes.LoadConstSmallInt)
            {
                long v = (bc[ip] & 0x40) != 0 ? -1 : 0;
                int b;
                do
                {
                    b = bc[ip++];
                    v = (v << 7) | (long)(b & 0x7F);
                }
                while ((b & 0x80) != 0);

                ins.SmallInt = v;
            }
            else if (op < Opcodes.LoadConstSmallIntMulti)
            {
                switch (Opcodes.FormatOf(op))
                {
                    case OperandFormat.Qstr:
                    case OperandFormat.VarUint:
                        ins.Arg = ReadUint(bc, ref ip);
                        break;
                    case OperandFormat.Offset:
                        int off;
                        if (Opcodes.IsSignedJump(op))
                        {
                            off = bc[ip++];
                            off = off < 0x80 ? off - 0x40 : ((off & 0x7F) | (bc[ip++] << 7)) - 0x4000;
                        }
                        else
                        {
                            off = bc[ip++];
                            if (off >= 0x80)
                            {
                                off = (off & 0x7F) | (bc[ip++] << 7);
                            }
                        }

                        ins.Target = ip + off;
                        break;
                }

                if (Opcodes.HasExtraByte(op))
                {
                    ins.Extra = bc[ip++];
                }
            }

            ins.Next = ip;
            list.Add(ins);
        }

        return list;
    }

    private static int ReadUint(byte[] bc, ref int ip)
    {
        uint value = 0;
        int b;
        do
        {
            b = bc[ip++];
            value = (value << 7) | (uint)(b & 0x7F);
        }
        while ((b & 0x80) != 0);

        return (int)value;
    }
}
