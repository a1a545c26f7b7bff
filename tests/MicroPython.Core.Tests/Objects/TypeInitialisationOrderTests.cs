using System;
using System.Collections.Generic;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Runtime.Loader;
using MicroPython.Objects;
using Xunit;

namespace MicroPython.Tests.Objects;

/// <summary>
/// Every kernel type must initialise whichever one is touched first: plug-ins run static code before any runtime
/// exists, and a cycle between two type initialisers fails for good in that process. Each case loads a fresh copy
/// of the kernel (its own load context, so fresh statics), initialises one type first, then checks that interned
/// names have their type.
/// </summary>
public sealed class TypeInitialisationOrderTests
{
    public static IEnumerable<object[]> ObjectTypes()
    {
        foreach (var t in typeof(PyObject).Assembly.GetTypes())
        {
            if (t.Namespace == "MicroPython.Objects" && typeof(PyObject).IsAssignableFrom(t) && !t.IsGenericTypeDefinition)
            {
                yield return new object[] { t.FullName! };
            }
        }
    }

    [Theory]
    [MemberData(nameof(ObjectTypes))]
    public void KernelInitialisesWhicheverTypeIsTouchedFirst(string typeName)
    {
        var context = new AssemblyLoadContext("init-order " + typeName, isCollectible: true);
        try
        {
            var kernel = context.LoadFromAssemblyPath(typeof(PyObject).Assembly.Location);
            RuntimeHelpers.RunClassConstructor(kernel.GetType(typeName, throwOnError: true)!.TypeHandle);

            var str = kernel.GetType("MicroPython.Objects.StrObject", throwOnError: true)!;
            var intern = str.GetMethod("Intern", BindingFlags.Public | BindingFlags.Static, new[] { typeof(string) })!;
            var pyObject = kernel.GetType("MicroPython.Objects.PyObject", throwOnError: true)!;
            var typeMember = (MemberInfo?)pyObject.GetField("Type") ?? pyObject.GetProperty("Type")!;
            foreach (var name in new[] { "keys", "__init__", "append", "__name__" })
            {
                object s = intern.Invoke(null, new object[] { name })!;
                object? type = typeMember is FieldInfo f ? f.GetValue(s) : ((PropertyInfo)typeMember).GetValue(s);
                Assert.NotNull(type);
            }
        }
        finally
        {
            context.Unload();
        }
    }
}
