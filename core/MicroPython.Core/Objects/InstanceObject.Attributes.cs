using MicroPython.Runtime;

namespace MicroPython.Objects;

// Attribute access on user-class instances: data descriptors of the class (property, classes with __set__ or
// __delete__), then the instance dict, then other class attributes (functions bind to the instance), then the
// native part's attributes, then __getattr__. Stores go to a user __setattr__/__delattr__ when defined.
public sealed partial class InstanceObject
{
    public override bool TryLoadAttr(StrObject name, out PyObject value)
    {
        var type = Type;
        var desc = type.Lookup(name);
        if (desc != null && IsDataDescriptor(desc))
        {
            value = GetDescriptorValue(desc, this);
            return true;
        }

        var v = Dict.GetOrNull(name);
        if (v != null)
        {
            value = v;
            return true;
        }

        if (desc != null)
        {
            value = GetDescriptorValue(desc, this);
            return true;
        }

        switch (name.Value)
        {
            case "__class__":
                value = type;
                return true;
            case "__dict__":
                value = Dict;
                return true;
        }

        // Attributes a built-in base computes rather than stores (e.g. an exception's args).
        if (Native != null && Native.TryLoadAttr(name, out value))
        {
            return true;
        }

        var getAttr = type.GetSpecial(SpecialMethod.GetAttr);
        if (getAttr != null)
        {
            value = SpecialMethod.Invoke(getAttr, this, name);
            return true;
        }

        value = null!;
        return false;
    }

    public override void StoreAttr(StrObject name, PyObject? value)
    {
        var fn = Type.GetSpecial(value == null ? SpecialMethod.DelAttr : SpecialMethod.SetAttr);
        if (fn != null)
        {
            if (value == null)
            {
                SpecialMethod.Invoke(fn, this, name);
            }
            else
            {
                SpecialMethod.Invoke(fn, this, name, value);
            }

            return;
        }

        StoreAttrDefault(name, value);
    }

    /// <summary>
    /// The store/delete that <c>object.__setattr__</c>/<c>object.__delattr__</c> perform: data descriptors of the
    /// class, else the instance dict (deleting a missing attribute raises AttributeError).
    /// </summary>
    public void StoreAttrDefault(StrObject name, PyObject? value)
    {
        var desc = Type.Lookup(name);
        if (desc != null)
        {
            if (desc is PropertyObject prop)
            {
                if (!prop.TrySet(this, value))
                {
                    // MicroPython: a property without setter/deleter fails like a missing attribute.
                    throw Errors.CantStoreAttribute(this, name.Value);
                }

                return;
            }

            if (desc is IDataDescriptor dd)
            {
                dd.DescriptorSet(this, value);
                return;
            }

            if (desc is InstanceObject di)
            {
                var setter = di.Type.GetSpecial(value == null ? SpecialMethod.Delete : SpecialMethod.Set);
                if (setter != null)
                {
                    if (value == null)
                    {
                        SpecialMethod.Invoke(setter, di, this);
                    }
                    else
                    {
                        SpecialMethod.Invoke(setter, di, this, value);
                    }

                    return;
                }
            }
        }

        if (value == null)
        {
            if (Dict.Remove(name) == null)
            {
                throw Errors.CantStoreAttribute(this, name.Value);
            }
        }
        else
        {
            Dict.SetItem(name, value);
        }
    }

    /// <summary>True for class attributes that take precedence over the instance dict (CPython's data descriptors).</summary>
    internal static bool IsDataDescriptor(PyObject desc)
    {
        if (desc is IDataDescriptor)
        {
            return true;
        }

        if (desc is InstanceObject di)
        {
            var t = di.Type;
            return t.GetSpecial(SpecialMethod.Get) != null
                && (t.GetSpecial(SpecialMethod.Set) != null || t.GetSpecial(SpecialMethod.Delete) != null);
        }

        return false;
    }

    /// <summary>True when <see cref="GetDescriptorValue"/> gives <paramref name="desc"/> itself whatever the
    /// instance (no descriptor protocol, no <c>__get__</c>), as long as no class changes.</summary>
    internal static bool IsPlainClassValue(PyObject desc) =>
        desc is not IDescriptor && !(desc is InstanceObject di && di.Type.GetSpecial(SpecialMethod.Get) != null);

    /// <summary>The value of class attribute <paramref name="desc"/> read through instance <paramref name="instance"/>.</summary>
    internal static PyObject GetDescriptorValue(PyObject desc, PyObject instance)
    {
        if (desc is IDescriptor d)
        {
            return d.DescriptorGet(instance, instance.Type);
        }

        if (desc is InstanceObject di)
        {
            var get = di.Type.GetSpecial(SpecialMethod.Get);
            if (get != null)
            {
                return SpecialMethod.Invoke(get, di, instance, instance.Type);
            }
        }

        return desc;
    }
}
