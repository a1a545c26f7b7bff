using System.Collections.Generic;
using MicroPython.Bytecode;

namespace MicroPython.Vm.Tier1;

/// <summary>
/// The value-stack depth before every instruction, by a forward pass over the control flow (MicroPython's compiler
/// guarantees one depth per instruction). Exception handlers start one above their SETUP's depth (the exception).
/// Instructions reached only through paths the pass does not follow (after UNWIND_JUMP, generator opcodes) keep −1.
/// </summary>
internal static class StackDepths
{
    /// <summary>Fills <see cref="Instruction.Depth"/>; false when two paths disagree (the code is not compiled).</summary>
    public static bool Compute(List<Instruction> code, Dictionary<int, int> indexOfIp)
    {
        var work = new Stack<int>();
        if (!Reach(code, 0, 0, work))
        {
            return false;
        }

        while (work.Count > 0)
        {
            int i = work.Pop();
            var ins = code[i];
            int d = ins.Depth;
            int fall = FallThroughDepth(ins, d);
            if (fall >= 0 && i + 1 < code.Count && !Reach(code, i + 1, fall, work))
            {
                return false;
            }

            int target = TargetDepth(ins, d);
            if (target >= 0)
            {
                if (!indexOfIp.TryGetValue(ins.Target, out int t) || !Reach(code, t, target, work))
                {
                    return false;
                }
            }
        }

        return true;
    }

    private static bool Reach(List<Instruction> code, int index, int depth, Stack<int> work)
    {
        var ins = code[index];
        if (ins.Depth == depth)
        {
            return true;
        }

        if (ins.Depth != -1)
        {
            return false;
        }

        ins.Depth = depth;
        code[index] = ins;
        work.Push(index);
        return true;
    }

    /// <summary>Depth after the instruction when it continues with the next one; −1 when it never does.</summary>
    private static int FallThroughDepth(Instruction ins, int d)
    {
        byte op = ins.Op;
        if (op >= Opcodes.LoadConstSmallIntMulti)
        {
            if (op < Opcodes.StoreFastMulti)
            {
                return d + 1;
            }

            if (op < Opcodes.UnaryOpMulti)
            {
                return d - 1;
            }

            return op < Opcodes.BinaryOpMulti ? d : d - 1;
        }

        int arg = ins.Arg;
        int lo = arg & 0xFF;
        int kw = (arg >> 8) & 0xFF;
        return op switch
        {
            Opcodes.LoadConstString or Opcodes.LoadName or Opcodes.LoadGlobal or Opcodes.LoadMethod
                or Opcodes.ImportFrom or Opcodes.LoadConstSmallInt or Opcodes.LoadConstObj or Opcodes.LoadFastN
                or Opcodes.LoadDeref or Opcodes.BuildMap or Opcodes.MakeFunction or Opcodes.LoadConstFalse
                or Opcodes.LoadConstNone or Opcodes.LoadConstTrue or Opcodes.LoadNull or Opcodes.LoadBuildClass
                or Opcodes.DupTop => d + 1,
            Opcodes.LoadAttr or Opcodes.DeleteName or Opcodes.DeleteGlobal or Opcodes.DeleteFast
                or Opcodes.DeleteDeref or Opcodes.RotTwo or Opcodes.RotThree or Opcodes.GetIter
                or Opcodes.SetupExcept or Opcodes.SetupFinally => d,
            Opcodes.LoadSuperMethod or Opcodes.StoreName or Opcodes.StoreGlobal or Opcodes.ImportName
                or Opcodes.StoreFastN or Opcodes.StoreDeref or Opcodes.MakeFunctionDefargs or Opcodes.PopTop
                or Opcodes.LoadSubscr or Opcodes.EndFinally or Opcodes.ImportStar or Opcodes.PopJumpIfTrue
                or Opcodes.PopJumpIfFalse or Opcodes.JumpIfTrueOrPop or Opcodes.JumpIfFalseOrPop
                or Opcodes.YieldFrom => d - 1,
            Opcodes.StoreAttr or Opcodes.StoreMap or Opcodes.WithCleanup => d - 2,
            Opcodes.StoreSubscr => d - 3,
            Opcodes.DupTopTwo or Opcodes.SetupWith => d + 2,
            Opcodes.GetIterStack => d + 3,
            Opcodes.ForIter => d + 1,
            Opcodes.YieldValue => d,
            Opcodes.MakeClosure => d - ins.Extra + 1,
            Opcodes.MakeClosureDefargs => d - ins.Extra - 1,
            Opcodes.BuildTuple or Opcodes.BuildList or Opcodes.BuildSet => d - arg + 1,
            Opcodes.BuildSlice => d - arg + 1,
            Opcodes.StoreComp => (arg & 3) == Opcodes.StoreCompDict ? d - 2 : d - 1,
            Opcodes.UnpackSequence => d + arg - 1,
            Opcodes.UnpackEx => d + lo + ((arg >> 8) & 0xFF),
            Opcodes.CallFunction => d - (lo + (2 * kw)),
            Opcodes.CallMethod => d - (lo + (2 * kw)) - 1,
            Opcodes.CallFunctionVarKw => d - (lo + (2 * kw)) - 1,
            Opcodes.CallMethodVarKw => d - (lo + (2 * kw)) - 2,
            _ => -1, // jumps (below), returns, raises, UNWIND_JUMP, unknown opcodes
        };
    }

    /// <summary>Depth at the jump target (for SETUP_*: at the handler); −1 when not followed.</summary>
    private static int TargetDepth(Instruction ins, int d) => ins.Op switch
    {
        Opcodes.Jump => d,
        Opcodes.PopJumpIfTrue or Opcodes.PopJumpIfFalse => d - 1,
        Opcodes.JumpIfTrueOrPop or Opcodes.JumpIfFalseOrPop => d,
        Opcodes.SetupExcept or Opcodes.SetupFinally => d + 1,
        Opcodes.SetupWith => d + 2,
        Opcodes.PopExceptJump => d,
        Opcodes.ForIter => d - Opcodes.IteratorSlots,
        _ => -1,
    };

    /// <summary>True for the instructions that continue at their target unconditionally (no fall-through).</summary>
    public static bool IsUnconditionalJump(byte op) => op is Opcodes.Jump or Opcodes.PopExceptJump;
}
