using System;
using System.Collections.Generic;
using System.Reflection;
using System.Reflection.Emit;
using MicroPython.Objects;
using MicroPython.Runtime;

namespace MicroPython.Vm.Tier1;

/// <summary>
/// Writes the IL of one compiled code object: the frame's state array stays the value stack and the locals (so
/// tracebacks, closures, the heap tracer and a return to the interpreter at any instruction need nothing extra),
/// but the stack pointer, operands and jump targets are constants and there is no dispatch. This file: the
/// method's frame (entry switch, exits, exception catch) and the IL building blocks; Tier1Emitter.Ops.cs: the
/// opcodes.
/// </summary>
internal sealed partial class Tier1Emitter
{
    private static readonly FieldInfo s_state = typeof(Frame).GetField(nameof(Frame.State))!;
    private static readonly FieldInfo s_runtime = typeof(Frame).GetField(nameof(Frame.Runtime))!;
    private static readonly FieldInfo s_ip = typeof(Frame).GetField(nameof(Frame.Ip))!;
    private static readonly FieldInfo s_sp = typeof(Frame).GetField(nameof(Frame.Sp))!;
    private static readonly FieldInfo s_excSp = typeof(Frame).GetField(nameof(Frame.ExcSp))!;
    private static readonly FieldInfo s_result = typeof(Frame).GetField(nameof(Frame.Result))!;
    private static readonly FieldInfo s_value = typeof(StateSlot).GetField(nameof(StateSlot.Value))!;
    private static readonly FieldInfo s_interruptPending = typeof(PyRuntime).GetField(nameof(PyRuntime.InterruptPending))!;
    private static readonly FieldInfo s_objects = typeof(Tier1Constants).GetField(nameof(Tier1Constants.Objects))!;
    private static readonly FieldInfo s_names = typeof(Tier1Constants).GetField(nameof(Tier1Constants.Names))!;
    private static readonly FieldInfo s_attrs = typeof(Tier1Constants).GetField(nameof(Tier1Constants.Attrs))!;
    private static readonly FieldInfo s_globals = typeof(Tier1Constants).GetField(nameof(Tier1Constants.Globals))!;

    private readonly CodeObject _code;
    private readonly List<Instruction> _ins;
    private readonly HashSet<int> _targets;
    private readonly ILGenerator _il;
    private readonly Dictionary<int, Label> _labels = new();
    private readonly LocalBuilder _state;
    private readonly LocalBuilder _runtime;
    private readonly LocalBuilder _status;
    private readonly LocalBuilder _tmp;
    private readonly LocalBuilder _tmp2;
    private readonly Label _end;
    private readonly Label _exception;
    private readonly List<Action> _stubs = new();

    private readonly List<PyObject> _objects = new();
    private readonly Dictionary<object, int> _objectIndex = new(ReferenceEqualityComparer.Instance);
    private readonly List<StrObject> _names = new();
    private readonly Dictionary<object, int> _nameIndex = new(ReferenceEqualityComparer.Instance);
    private readonly List<AttrSiteCache> _attrs = new();
    private readonly List<GlobalSiteCache> _globalCaches = new();

    /// <summary>Index of the last state slot: local <c>i</c> lives at <c>_top - i</c>.</summary>
    private readonly int _top;

    private Tier1Emitter(CodeObject code, List<Instruction> ins, HashSet<int> targets, ILGenerator il)
    {
        _code = code;
        _ins = ins;
        _targets = targets;
        _il = il;
        _top = code.StateSlots - 1;
        _state = il.DeclareLocal(typeof(StateSlot[]));
        _runtime = il.DeclareLocal(typeof(PyRuntime));
        _status = il.DeclareLocal(typeof(int));
        _tmp = il.DeclareLocal(typeof(PyObject));
        _tmp2 = il.DeclareLocal(typeof(PyObject));
        _end = il.DefineLabel();
        _exception = il.DefineLabel();
    }

    /// <summary>
    /// Emits the whole method: prologue, entry switch, the instructions, exits. There is no exception handling in
    /// the method: a helper that throws has found frame.Ip set to its instruction and the stack in the frame,
    /// exactly as the loop leaves them, so <see cref="Interpreter.Run"/> catches it as it catches the loop's.
    /// </summary>
    public static Tier1Constants Emit(CodeObject code, List<Instruction> ins, HashSet<int> targets, List<int> entries, ILGenerator il)
    {
        var e = new Tier1Emitter(code, ins, targets, il);
        e.EmitMethod(entries);
        return new Tier1Constants
        {
            Objects = e._objects.ToArray(),
            Names = e._names.ToArray(),
            Attrs = e._attrs.ToArray(),
            Globals = e._globalCaches.ToArray(),
        };
    }

    private void EmitMethod(List<int> entries)
    {
        var il = _il;
        il.Emit(OpCodes.Ldarg_1);
        il.Emit(OpCodes.Ldfld, s_state);
        il.Emit(OpCodes.Stloc, _state);
        il.Emit(OpCodes.Ldarg_1);
        il.Emit(OpCodes.Ldfld, s_runtime);
        il.Emit(OpCodes.Stloc, _runtime);

        // Entry k continues at instruction entries[k] if the frame's stack is as deep as the compiler expects.
        var entryLabels = new Label[entries.Count];
        for (int k = 0; k < entryLabels.Length; k++)
        {
            entryLabels[k] = il.DefineLabel();
        }

        var refuse = il.DefineLabel();
        il.Emit(OpCodes.Ldarg_2);
        il.Emit(OpCodes.Switch, entryLabels);
        il.MarkLabel(refuse);
        il.Emit(OpCodes.Ldc_I4, Tier1Status.Deopt);
        il.Emit(OpCodes.Stloc, _status);
        il.Emit(OpCodes.Br, _end);
        for (int k = 0; k < entryLabels.Length; k++)
        {
            var ins = _ins[entries[k]];
            il.MarkLabel(entryLabels[k]);
            il.Emit(OpCodes.Ldarg_1);
            il.Emit(OpCodes.Ldfld, s_sp);
            il.Emit(OpCodes.Ldc_I4, ins.Depth - 1);
            il.Emit(OpCodes.Bne_Un, refuse);
            il.Emit(OpCodes.Br, LabelAt(ins.Ip));
        }

        for (int i = 0; i < _ins.Count; i++)
        {
            var ins = _ins[i];
            il.MarkLabel(LabelAt(ins.Ip));
            if (ins.Depth >= 0)
            {
                i = EmitInstruction(i);
            }
        }

        // Past the last instruction (never reached: code ends in a return or a jump).
        il.Emit(OpCodes.Br, refuse);

        // Cold paths: deopts, unbound locals, polls.
        for (int k = 0; k < _stubs.Count; k++)
        {
            _stubs[k]();
        }

        il.MarkLabel(_exception);
        il.Emit(OpCodes.Ldc_I4, Tier1Status.Exception);
        il.Emit(OpCodes.Stloc, _status);
        il.Emit(OpCodes.Br, _end);

        il.MarkLabel(_end);
        il.Emit(OpCodes.Ldloc, _status);
        il.Emit(OpCodes.Ret);
    }

    // ---- building blocks ------------------------------------------------------------------------------------

    private static MethodInfo Op(string name) =>
        typeof(Interpreter.Tier1Ops).GetMethod(name, BindingFlags.Static | BindingFlags.NonPublic | BindingFlags.Public)
        ?? throw new InvalidOperationException("tier 1: no helper " + name);

    private Label LabelAt(int ip)
    {
        if (!_labels.TryGetValue(ip, out var label))
        {
            label = _il.DefineLabel();
            _labels[ip] = label;
        }

        return label;
    }

    private void Call(string helper) => _il.Emit(OpCodes.Call, Op(helper));

    private void LdFrame() => _il.Emit(OpCodes.Ldarg_1);

    private void LdState() => _il.Emit(OpCodes.Ldloc, _state);

    private void LdRuntime() => _il.Emit(OpCodes.Ldloc, _runtime);

    private void LdInt(int v) => _il.Emit(OpCodes.Ldc_I4, v);

    private void LdSlot(int slot)
    {
        _il.Emit(OpCodes.Ldloc, _state);
        _il.Emit(OpCodes.Ldc_I4, slot);
        _il.Emit(OpCodes.Ldelema, typeof(StateSlot));
        _il.Emit(OpCodes.Ldfld, s_value);
    }

    /// <summary>Stores the value on the IL stack into a state slot.</summary>
    private void StSlot(int slot)
    {
        _il.Emit(OpCodes.Stloc, _tmp);
        StSlotFromTmp(slot);
    }

    private void StSlotFromTmp(int slot)
    {
        _il.Emit(OpCodes.Ldloc, _state);
        _il.Emit(OpCodes.Ldc_I4, slot);
        _il.Emit(OpCodes.Ldelema, typeof(StateSlot));
        _il.Emit(OpCodes.Ldloc, _tmp);
        _il.Emit(OpCodes.Stfld, s_value);
    }

    /// <summary>frame.Ip = ip: where a raise from the next helper is reported (tracebacks, handlers).</summary>
    private void SetIp(int ip)
    {
        _il.Emit(OpCodes.Ldarg_1);
        _il.Emit(OpCodes.Ldc_I4, ip);
        _il.Emit(OpCodes.Stfld, s_ip);
    }

    private void LdObject(PyObject o)
    {
        if (!_objectIndex.TryGetValue(o, out int i))
        {
            i = _objects.Count;
            _objects.Add(o);
            _objectIndex[o] = i;
        }

        _il.Emit(OpCodes.Ldarg_0);
        _il.Emit(OpCodes.Ldfld, s_objects);
        _il.Emit(OpCodes.Ldc_I4, i);
        _il.Emit(OpCodes.Ldelem_Ref);
    }

    private void LdName(int qstr)
    {
        var name = _code.Qstrs[qstr];
        if (!_nameIndex.TryGetValue(name, out int i))
        {
            i = _names.Count;
            _names.Add(name);
            _nameIndex[name] = i;
        }

        _il.Emit(OpCodes.Ldarg_0);
        _il.Emit(OpCodes.Ldfld, s_names);
        _il.Emit(OpCodes.Ldc_I4, i);
        _il.Emit(OpCodes.Ldelem_Ref);
    }

    /// <summary>The attribute cache the interpreter uses for the instruction at <paramref name="ip"/> (shared).</summary>
    private void LdAttrCache(int ip)
    {
        _attrs.Add(SiteCaches.Attr(_code, ip));
        _il.Emit(OpCodes.Ldarg_0);
        _il.Emit(OpCodes.Ldfld, s_attrs);
        _il.Emit(OpCodes.Ldc_I4, _attrs.Count - 1);
        _il.Emit(OpCodes.Ldelem_Ref);
    }

    private void LdGlobalCache(int ip)
    {
        _globalCaches.Add(SiteCaches.Global(_code, ip));
        _il.Emit(OpCodes.Ldarg_0);
        _il.Emit(OpCodes.Ldfld, s_globals);
        _il.Emit(OpCodes.Ldc_I4, _globalCaches.Count - 1);
        _il.Emit(OpCodes.Ldelem_Ref);
    }

    /// <summary>Branches to the exception exit when the helper's result (on the IL stack) is null; else keeps it in _tmp.</summary>
    private void TmpOrException()
    {
        _il.Emit(OpCodes.Stloc, _tmp);
        _il.Emit(OpCodes.Ldloc, _tmp);
        _il.Emit(OpCodes.Brfalse, _exception);
    }

    /// <summary>A label that hands the frame back to the interpreter at <paramref name="ip"/> with <paramref name="depth"/> values.</summary>
    private Label Deopt(int ip, int depth)
    {
        var label = _il.DefineLabel();
        _stubs.Add(() =>
        {
            _il.MarkLabel(label);
            SetIp(ip);
            _il.Emit(OpCodes.Ldarg_1);
            _il.Emit(OpCodes.Ldc_I4, depth - 1);
            _il.Emit(OpCodes.Stfld, s_sp);
            _il.Emit(OpCodes.Ldc_I4, Tier1Status.Deopt);
            _il.Emit(OpCodes.Stloc, _status);
            _il.Emit(OpCodes.Br, _end);
        });
        return label;
    }

    /// <summary>
    /// Where a jump at <paramref name="ip"/> goes: the target's label, or for a backward jump a stub that first does
    /// what the loop does at backward jumps (a pending Ctrl-C or scheduled callback, raised at the jump).
    /// </summary>
    private Label JumpLabel(int ip, int target)
    {
        var targetLabel = LabelAt(target);
        if (target > ip)
        {
            return targetLabel;
        }

        var label = _il.DefineLabel();
        _stubs.Add(() =>
        {
            var poll = _il.DefineLabel();
            _il.MarkLabel(label);
            _il.Emit(OpCodes.Ldloc, _runtime);
            _il.Emit(OpCodes.Volatile);
            _il.Emit(OpCodes.Ldfld, s_interruptPending);
            _il.Emit(OpCodes.Brtrue, poll);
            _il.Emit(OpCodes.Br, targetLabel);
            _il.MarkLabel(poll);
            SetIp(ip);
            _il.Emit(OpCodes.Ldarg_1);
            Call(nameof(Interpreter.Tier1Ops.Poll));
            _il.Emit(OpCodes.Brfalse, _exception);
            _il.Emit(OpCodes.Br, targetLabel);
        });
        return label;
    }
}
