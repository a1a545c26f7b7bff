using System;
using System.Collections.Generic;
using System.Reflection.Emit;

namespace MicroPython.Vm.Tier1;

/// <summary>
/// Tier 1: compiles a code object's bytecode to a DynamicMethod (see <see cref="Tier1Emitter"/>). Entry points are
/// the code's start and every jump target (loop heads: a loop already running in the interpreter moves over at
/// its next backward jump). Generators stay interpreted.
/// </summary>
internal static class Tier1Compiler
{
    /// <summary>Code objects larger than this many bytes are not compiled (JIT time would outweigh the gain).</summary>
    internal const int MaxBytecodeLength = 16 * 1024;

    /// <summary>The compiled code, or null when the code object is not eligible.</summary>
    public static Tier1Code? Compile(CodeObject code)
    {
        if (code.IsGenerator || code.Bytecode.Length > MaxBytecodeLength)
        {
            return null;
        }

        var ins = Instruction.Decode(code);
        var indexOfIp = new Dictionary<int, int>(ins.Count);
        for (int i = 0; i < ins.Count; i++)
        {
            indexOfIp[ins[i].Ip] = i;
        }

        if (ins.Count == 0 || !StackDepths.Compute(ins, indexOfIp))
        {
            return null;
        }

        var targets = new HashSet<int>();
        var entries = new List<int> { 0 };
        var entryOfIp = new int[code.Bytecode.Length];
        Array.Fill(entryOfIp, -1);
        entryOfIp[ins[0].Ip] = 0;
        for (int i = 0; i < ins.Count; i++)
        {
            int t = ins[i].Target;
            if (t < 0)
            {
                continue;
            }

            targets.Add(t);
            if (ins[i].Depth >= 0 && indexOfIp.TryGetValue(t, out int ti) && ins[ti].Depth >= 0 && entryOfIp[t] < 0)
            {
                entryOfIp[t] = entries.Count;
                entries.Add(ti);
            }
        }

        var method = new DynamicMethod(
            "tier1:" + code.Name.Value,
            typeof(int),
            new[] { typeof(Tier1Constants), typeof(Frame), typeof(int) },
            typeof(Interpreter).Module,
            skipVisibility: true);
        var constants = Tier1Emitter.Emit(code, ins, targets, entries, method.GetILGenerator());
        var body = (Tier1Body)method.CreateDelegate(typeof(Tier1Body), constants);
        return new Tier1Code(body, entryOfIp);
    }
}
