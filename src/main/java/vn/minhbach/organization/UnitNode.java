package vn.minhbach.organization;

import java.util.List;

/** A unit with its sub-units and agencies, for tree views. */
public record UnitNode(AdministrativeUnit unit, List<Agency> agencies, List<UnitNode> children, int depth) {
}
