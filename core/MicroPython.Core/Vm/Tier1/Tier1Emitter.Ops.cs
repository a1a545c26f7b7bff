using System.Reflection.Emit;
using MicroPython.Bytecode;
using MicroPython.Objects;

namespace MicroPython.Vm.Tier1;

// One case per opcode, each doing what the dispatch loop's case does (through the same helpers, Tier1Ops), with
// the stack index fixed at compile time. Opcodes left to the interpreter hand the frame back (Deopt).
internal sealed partial class Tier1Emitter
{
    private static readonly System.Reflection.FieldInfo s_true = typeof(BoolObject).GetField(nameof(BoolObject.True))!;
    private static readonly System.Reflection.FieldInfo s_false = typeof(BoolObject).GetField(nameof(BoolObject.False))!;
    private static readonly System.Reflection.FieldInfo s_none = typeof(NoneObject).GetField(nameof(NoneObject.None))!;
    private static readonly System.Reflection.FieldInfo s_failed = typeof(Interpreter.Tier1Ops).GetField(
        nameof(Interpreter.Tier1Ops.Failed), System.Reflection.BindingFlags.Static | System.Reflection.BindingFlags.NonPublic)!;

    private static readonly System.Reflection.MethodInfo s_intGet = typeof(IntObject).GetMethod(nameof(IntObject.Get), new[] { typeof(long) })!;

    /// <summary>Emits instruction <paramref name="i"/>; returns the index of the last instruction it covered.</summary>
    private int EmitInstruction(int i)
    {
        var ins = _ins[i];
        var il = _il;
        int ip = ins.Ip;
        int d = ins.Depth;
        int sp = d - 1;
        int arg = ins.Arg;
        byte op = ins.Op;

        if (op >= Opcodes.LoadConstSmallIntMulti)
        {
            if (op < Opcodes.LoadFastMulti)
            {
                LdObject(IntObject.Get(op - Opcodes.LoadConstSmallIntMultiExcess));
                StSlot(d);
            }
            else if (op < Opcodes.StoreFastMulti)
            {
                LoadFast(ip, _top - (op - Opcodes.LoadFastMulti), d);
            }
            else if (op < Opcodes.UnaryOpMulti)
            {
                LdSlot(sp);
                StSlot(_top - (op - Opcodes.StoreFastMulti));
            }
            else if (op < Opcodes.BinaryOpMulti)
            {
                if (op - Opcodes.UnaryOpMulti > (int)UnaryOp.Not)
                {
                    // Not opcodes (the loop raises NotImplementedError for them).
                    il.Emit(OpCodes.Br, Deopt(ip, d));
                }
                else
                {
                    EmitUnary(ins);
                }
            }
            else
            {
                return EmitBinary(i);
            }

            return i;
        }

        switch (op)
        {
            case Opcodes.LoadConstString:
                LdName(arg);
                StSlot(d);
                break;

            case Opcodes.LoadName:
            case Opcodes.LoadGlobal:
                SetIp(ip);
                LdFrame();
                LdName(arg);
                LdGlobalCache(ip);
                Call(op == Opcodes.LoadName ? nameof(Interpreter.Tier1Ops.LoadName) : nameof(Interpreter.Tier1Ops.LoadGlobal));
                TmpOrException();
                StSlotFromTmp(d);
                break;

            case Opcodes.LoadAttr:
                SetIp(ip);
                LdSlot(sp);
                LdName(arg);
                LdAttrCache(ip);
                Call(nameof(Interpreter.Tier1Ops.LoadAttr));
                StSlot(sp);
                break;

            case Opcodes.LoadMethod:
                SetIp(ip);
                LdState();
                LdInt(sp);
                LdName(arg);
                LdAttrCache(ip);
                Call(nameof(Interpreter.Tier1Ops.LoadMethod));
                break;

            case Opcodes.LoadSuperMethod:
                SetIp(ip);
                LdState();
                LdInt(sp);
                LdName(arg);
                Call(nameof(Interpreter.Tier1Ops.LoadSuperMethod));
                break;

            case Opcodes.StoreName:
            case Opcodes.StoreGlobal:
                SetIp(ip);
                LdFrame();
                LdName(arg);
                LdSlot(sp);
                Call(op == Opcodes.StoreName ? nameof(Interpreter.Tier1Ops.StoreName) : nameof(Interpreter.Tier1Ops.StoreGlobal));
                break;

            case Opcodes.StoreAttr:
                SetIp(ip);
                LdSlot(sp);
                LdName(arg);
                LdSlot(sp - 1);
                LdAttrCache(ip);
                Call(nameof(Interpreter.Tier1Ops.StoreAttr));
                break;

            case Opcodes.DeleteName:
            case Opcodes.DeleteGlobal:
                SetIp(ip);
                LdFrame();
                LdName(arg);
                LdInt(op == Opcodes.DeleteName ? 1 : 0);
                Call(nameof(Interpreter.Tier1Ops.DeleteName));
                break;

            case Opcodes.ImportName:
                SetIp(ip);
                LdFrame();
                LdName(arg);
                LdSlot(sp - 1);
                LdSlot(sp);
                Call(nameof(Interpreter.Tier1Ops.ImportName));
                StSlot(sp - 1);
                break;

            case Opcodes.ImportFrom:
                SetIp(ip);
                LdFrame();
                LdSlot(sp);
                LdName(arg);
                Call(nameof(Interpreter.Tier1Ops.ImportFrom));
                StSlot(d);
                break;

            case Opcodes.MakeClosure:
            case Opcodes.MakeClosureDefargs:
                SetIp(ip);
                LdFrame();
                LdState();
                LdInt(sp);
                LdInt(arg);
                LdInt(ins.Extra);
                LdInt(op == Opcodes.MakeClosureDefargs ? 1 : 0);
                Call(nameof(Interpreter.Tier1Ops.MakeClosure));
                break;

            case Opcodes.LoadConstSmallInt:
                SetIp(ip);
                il.Emit(OpCodes.Ldc_I8, ins.SmallInt);
                il.Emit(OpCodes.Call, s_intGet);
                StSlot(d);
                break;

            case Opcodes.LoadConstObj:
                LdObject(_code.Constants[arg]);
                StSlot(d);
                break;

            case Opcodes.LoadFastN:
                LoadFast(ip, _top - arg, d);
                break;

            case Opcodes.LoadDeref:
                SetIp(ip);
                LdFrame();
                LdSlot(_top - arg);
                Call(nameof(Interpreter.Tier1Ops.LoadDeref));
                TmpOrException();
                StSlotFromTmp(d);
                break;

            case Opcodes.StoreFastN:
                LdSlot(sp);
                StSlot(_top - arg);
                break;

            case Opcodes.StoreDeref:
                LdSlot(_top - arg);
                LdSlot(sp);
                Call(nameof(Interpreter.Tier1Ops.StoreDeref));
                break;

            case Opcodes.DeleteFast:
                SetIp(ip);
                LdState();
                LdInt(_top - arg);
                Call(nameof(Interpreter.Tier1Ops.DeleteFast));
                break;

            case Opcodes.DeleteDeref:
                SetIp(ip);
                LdSlot(_top - arg);
                Call(nameof(Interpreter.Tier1Ops.DeleteDeref));
                break;

            case Opcodes.BuildTuple:
            case Opcodes.BuildList:
            case Opcodes.BuildSet:
                SetIp(ip);
                LdState();
                LdInt(d - arg);
                LdInt(arg);
                Call(op == Opcodes.BuildTuple ? nameof(Interpreter.Tier1Ops.BuildTuple)
                    : op == Opcodes.BuildList ? nameof(Interpreter.Tier1Ops.BuildList) : nameof(Interpreter.Tier1Ops.BuildSet));
                StSlot(d - arg);
                break;

            case Opcodes.BuildMap:
                SetIp(ip);
                LdInt(arg);
                Call(nameof(Interpreter.Tier1Ops.BuildMap));
                StSlot(d);
                break;

            case Opcodes.BuildSlice:
                SetIp(ip);
                LdState();
                LdInt(d - arg);
                LdInt(arg);
                Call(nameof(Interpreter.Tier1Ops.BuildSlice));
                StSlot(d - arg);
                break;

            case Opcodes.StoreComp:
            case Opcodes.UnpackSequence:
            case Opcodes.UnpackEx:
                SetIp(ip);
                LdState();
                LdInt(sp);
                LdInt(arg);
                Call(op == Opcodes.StoreComp ? nameof(Interpreter.Tier1Ops.StoreComp)
                    : op == Opcodes.UnpackSequence ? nameof(Interpreter.Tier1Ops.UnpackSequence) : nameof(Interpreter.Tier1Ops.UnpackEx));
                break;

            case Opcodes.MakeFunction:
                SetIp(ip);
                LdFrame();
                LdInt(arg);
                Call(nameof(Interpreter.Tier1Ops.MakeFunction));
                StSlot(d);
                break;

            case Opcodes.MakeFunctionDefargs:
                SetIp(ip);
                LdFrame();
                LdInt(arg);
                LdSlot(sp - 1);
                LdSlot(sp);
                Call(nameof(Interpreter.Tier1Ops.MakeFunctionDefargs));
                StSlot(sp - 1);
                break;

            case Opcodes.CallFunction:
            case Opcodes.CallMethod:
            case Opcodes.CallFunctionVarKw:
            case Opcodes.CallMethodVarKw:
                EmitCall(ins);
                break;

            case Opcodes.Jump:
                il.Emit(OpCodes.Br, JumpLabel(ip, ins.Target));
                break;

            case Opcodes.PopJumpIfTrue:
            case Opcodes.PopJumpIfFalse:
                SetIp(ip);
                LdSlot(sp);
                Call(nameof(Interpreter.Tier1Ops.Truth));
                il.Emit(op == Opcodes.PopJumpIfTrue ? OpCodes.Brtrue : OpCodes.Brfalse, JumpLabel(ip, ins.Target));
                break;

            case Opcodes.JumpIfTrueOrPop:
            case Opcodes.JumpIfFalseOrPop:
                SetIp(ip);
                LdSlot(sp);
                Call(nameof(Interpreter.Tier1Ops.IsTrue));
                il.Emit(op == Opcodes.JumpIfTrueOrPop ? OpCodes.Brtrue : OpCodes.Brfalse, JumpLabel(ip, ins.Target));
                break;

            case Opcodes.SetupExcept:
            case Opcodes.SetupFinally:
                LdFrame();
                LdInt(ins.Target);
                LdInt(sp);
                LdInt(op == Opcodes.SetupFinally ? 1 : 0);
                Call(nameof(Interpreter.Tier1Ops.SetupBlock));
                break;

            case Opcodes.PopExceptJump:
                LdFrame();
                Call(nameof(Interpreter.Tier1Ops.PopExcept));
                il.Emit(OpCodes.Br, JumpLabel(ip, ins.Target));
                break;

            case Opcodes.ForIter:
                SetIp(ip);
                LdFrame();
                LdSlot(sp - 2);
                Call(nameof(Interpreter.Tier1Ops.ForIter));
                il.Emit(OpCodes.Stloc, _tmp);
                il.Emit(OpCodes.Ldloc, _tmp);
                il.Emit(OpCodes.Brfalse, JumpLabel(ip, ins.Target));
                il.Emit(OpCodes.Ldloc, _tmp);
                il.Emit(OpCodes.Ldsfld, s_failed);
                il.Emit(OpCodes.Beq, _exception);
                StSlotFromTmp(d);
                break;

            case Opcodes.LoadConstFalse:
                il.Emit(OpCodes.Ldsfld, s_false);
                StSlot(d);
                break;

            case Opcodes.LoadConstNone:
                il.Emit(OpCodes.Ldsfld, s_none);
                StSlot(d);
                break;

            case Opcodes.LoadConstTrue:
                il.Emit(OpCodes.Ldsfld, s_true);
                StSlot(d);
                break;

            case Opcodes.LoadNull:
                il.Emit(OpCodes.Ldnull);
                StSlot(d);
                break;

            case Opcodes.LoadBuildClass:
                LdObject(BuildClass.Function);
                StSlot(d);
                break;

            case Opcodes.LoadSubscr:
                SetIp(ip);
                LdFrame();
                LdSlot(sp - 1);
                LdSlot(sp);
                Call(nameof(Interpreter.Tier1Ops.LoadSubscr));
                TmpOrException();
                StSlotFromTmp(sp - 1);
                break;

            case Opcodes.StoreSubscr:
                SetIp(ip);
                LdSlot(sp - 2);
                LdSlot(sp - 1);
                LdSlot(sp);
                Call(nameof(Interpreter.Tier1Ops.StoreSubscr));
                break;

            case Opcodes.DupTop:
                LdSlot(sp);
                StSlot(d);
                break;

            case Opcodes.DupTopTwo:
                LdSlot(sp - 1);
                StSlot(d);
                LdSlot(sp);
                StSlot(d + 1);
                break;

            case Opcodes.PopTop:
                break;

            case Opcodes.RotTwo:
            {
                var top = _tmp2;
                LdSlot(sp);
                il.Emit(OpCodes.Stloc, top);
                LdSlot(sp - 1);
                StSlot(sp);
                il.Emit(OpCodes.Ldloc, top);
                StSlot(sp - 1);
                break;
            }

            case Opcodes.RotThree:
            {
                var top = _tmp2;
                LdSlot(sp);
                il.Emit(OpCodes.Stloc, top);
                LdSlot(sp - 1);
                StSlot(sp);
                LdSlot(sp - 2);
                StSlot(sp - 1);
                il.Emit(OpCodes.Ldloc, top);
                StSlot(sp - 2);
                break;
            }

            case Opcodes.EndFinally:
                SetIp(ip);
                LdFrame();
                LdSlot(sp);
                Call(nameof(Interpreter.Tier1Ops.EndFinallyNone));
                il.Emit(OpCodes.Brfalse, Deopt(ip, d));
                break;

            case Opcodes.GetIter:
                SetIp(ip);
                LdSlot(sp);
                Call(nameof(Interpreter.Tier1Ops.GetIter));
                StSlot(sp);
                break;

            case Opcodes.GetIterStack:
            case Opcodes.StoreMap:
                SetIp(ip);
                LdState();
                LdInt(sp);
                Call(op == Opcodes.GetIterStack ? nameof(Interpreter.Tier1Ops.GetIterStack) : nameof(Interpreter.Tier1Ops.StoreMap));
                break;

            case Opcodes.ReturnValue:
                // With exception blocks open (a finally to run on the way out) the interpreter returns.
                LdFrame();
                il.Emit(OpCodes.Ldfld, s_excSp);
                LdInt(0);
                il.Emit(OpCodes.Bge, Deopt(ip, d));
                LdFrame();
                LdSlot(sp);
                il.Emit(OpCodes.Stfld, s_result);
                LdInt(Tier1Status.Return);
                il.Emit(OpCodes.Stloc, _status);
                il.Emit(OpCodes.Br, _end);
                break;

            case Opcodes.RaiseLast:
                SetIp(ip);
                LdFrame();
                LdFrame();
                Call(nameof(Interpreter.Tier1Ops.RaiseLast));
                il.Emit(OpCodes.Stfld, s_result);
                il.Emit(OpCodes.Br, _exception);
                break;

            case Opcodes.RaiseObj:
                SetIp(ip);
                LdFrame();
                LdSlot(sp);
                Call(nameof(Interpreter.Tier1Ops.RaiseObj));
                il.Emit(OpCodes.Stfld, s_result);
                il.Emit(OpCodes.Br, _exception);
                break;

            case Opcodes.RaiseFrom:
                SetIp(ip);
                LdFrame();
                LdFrame();
                LdSlot(sp - 1);
                LdSlot(sp);
                Call(nameof(Interpreter.Tier1Ops.RaiseFrom));
                il.Emit(OpCodes.Stfld, s_result);
                il.Emit(OpCodes.Br, _exception);
                break;

            case Opcodes.ImportStar:
                SetIp(ip);
                LdFrame();
                LdSlot(sp);
                Call(nameof(Interpreter.Tier1Ops.ImportStar));
                break;

            default:
                // UNWIND_JUMP, SETUP_WITH, WITH_CLEANUP, the generator opcodes, anything unknown: the interpreter.
                il.Emit(OpCodes.Br, Deopt(ip, d));
                break;
        }

        return i;
    }

    /// <summary>LOAD_FAST: an unbound local raises NameError at this instruction.</summary>
    private void LoadFast(int ip, int slot, int d)
    {
        var unbound = _il.DefineLabel();
        LdSlot(slot);
        _il.Emit(OpCodes.Stloc, _tmp);
        _il.Emit(OpCodes.Ldloc, _tmp);
        _il.Emit(OpCodes.Brfalse, unbound);
        StSlotFromTmp(d);
        _stubs.Add(() =>
        {
            _il.MarkLabel(unbound);
            SetIp(ip);
            _il.Emit(OpCodes.Ldarg_1);
            Call(nameof(Interpreter.Tier1Ops.Unbound));
            _il.Emit(OpCodes.Br, _exception);
        });
    }

    private void EmitCall(Instruction ins)
    {
        int d = ins.Depth;
        int arg = ins.Arg;
        int n = (arg & 0xFF) + (2 * ((arg >> 8) & 0xFF));
        SetIp(ins.Ip);
        LdFrame();
        LdState();
        switch (ins.Op)
        {
            case Opcodes.CallFunction:
                LdInt(d - 1 - n);
                LdInt(arg);
                Call(nameof(Interpreter.Tier1Ops.CallFunction));
                break;
            case Opcodes.CallMethod:
                LdInt(d - 2 - n);
                LdInt(arg);
                Call(nameof(Interpreter.Tier1Ops.CallMethod));
                break;
            default:
                bool isMethod = ins.Op == Opcodes.CallMethodVarKw;
                LdInt(d - n - (isMethod ? 3 : 2));
                LdInt(arg);
                LdInt(isMethod ? 1 : 0);
                Call(nameof(Interpreter.Tier1Ops.CallVarKw));
                break;
        }

        _il.Emit(OpCodes.Brfalse, _exception);
    }

    private void EmitUnary(Instruction ins)
    {
        int sp = ins.Depth - 1;
        int k = ins.Op - Opcodes.UnaryOpMulti;
        SetIp(ins.Ip);
        switch ((UnaryOp)k)
        {
            case UnaryOp.Not:
                LdSlot(sp);
                Call(nameof(Interpreter.Tier1Ops.Not));
                break;
            case UnaryOp.Negative:
                LdSlot(sp);
                LdRuntime();
                Call(nameof(Interpreter.Tier1Ops.Negative));
                break;
            default:
                LdInt(k);
                LdSlot(sp);
                Call(nameof(Interpreter.Tier1Ops.Unary));
                break;
        }

        StSlot(sp);
    }

    /// <summary>Binary operators and comparisons; a comparison feeding a POP_JUMP_IF_* branches directly.</summary>
    private int EmitBinary(int i)
    {
        var ins = _ins[i];
        int ip = ins.Ip;
        int sp = ins.Depth - 1;
        byte op = ins.Op;
        int k = op - Opcodes.BinaryOpMulti;
        SetIp(ip);
        if (k <= (int)BinaryOp.NotEqual && i + 1 < _ins.Count)
        {
            var next = _ins[i + 1];
            if ((next.Op == Opcodes.PopJumpIfTrue || next.Op == Opcodes.PopJumpIfFalse) && !_targets.Contains(next.Ip))
            {
                LdInt(k);
                LdSlot(sp - 1);
                LdSlot(sp);
                LdRuntime();
                Call(nameof(Interpreter.Tier1Ops.CompareTruth));
                _il.MarkLabel(LabelAt(next.Ip));
                _il.Emit(next.Op == Opcodes.PopJumpIfTrue ? OpCodes.Brtrue : OpCodes.Brfalse, JumpLabel(next.Ip, next.Target));
                return i + 1;
            }
        }

        if (k == (int)BinaryOp.Is)
        {
            LdSlot(sp - 1);
            LdSlot(sp);
            Call(nameof(Interpreter.Tier1Ops.Is));
            StSlot(sp - 1);
            return i;
        }

        string helper = (BinaryOp)k switch
        {
            BinaryOp.Add or BinaryOp.InplaceAdd => nameof(Interpreter.Tier1Ops.Add),
            BinaryOp.Subtract or BinaryOp.InplaceSubtract => nameof(Interpreter.Tier1Ops.Subtract),
            BinaryOp.Multiply or BinaryOp.InplaceMultiply => nameof(Interpreter.Tier1Ops.Multiply),
            BinaryOp.TrueDivide or BinaryOp.InplaceTrueDivide => nameof(Interpreter.Tier1Ops.TrueDivide),
            <= BinaryOp.NotEqual => nameof(Interpreter.Tier1Ops.Compare),
            _ => nameof(Interpreter.Tier1Ops.Binary),
        };
        LdInt(k);
        LdSlot(sp - 1);
        LdSlot(sp);
        LdRuntime();
        Call(helper);
        StSlot(sp - 1);
        return i;
    }
}
