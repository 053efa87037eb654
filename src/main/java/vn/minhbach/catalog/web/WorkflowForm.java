package vn.minhbach.catalog.web;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import vn.minhbach.catalog.WorkflowStep;
import vn.minhbach.shared.Role;

/**
 * The workflow editor: the steps of a procedure's template as rows the administrator edits,
 * adds, removes and moves (each a plain form submit, so it works without JavaScript).
 */
public class WorkflowForm {

	@Valid
	private List<StepRow> steps = new ArrayList<>();

	private int version;

	/** One step. */
	public static class StepRow {

		@NotBlank(message = "{error.required}")
		@Size(max = 200, message = "{error.form.range}")
		private String name = "";

		@NotNull(message = "{error.required}")
		private Role role = Role.SPECIALIST;

		private Long departmentId;

		@NotNull(message = "{error.required}")
		@Min(value = 0, message = "{error.form.range}")
		@Max(value = 3650, message = "{error.form.range}")
		private Integer shareDays = 1;

		@NotNull(message = "{error.required}")
		private WorkflowStep.Kind kind = WorkflowStep.Kind.PROCESS;

		static StepRow of(WorkflowStep step) {
			var row = new StepRow();
			row.name = step.name();
			row.role = step.role();
			row.departmentId = step.departmentId();
			row.shareDays = step.shareDays();
			row.kind = step.kind();
			return row;
		}

		WorkflowStep toStep() {
			return new WorkflowStep(name.strip(), role, departmentId, shareDays, kind);
		}

		public String getName() {
			return name;
		}

		public void setName(String name) {
			this.name = name;
		}

		public Role getRole() {
			return role;
		}

		public void setRole(Role role) {
			this.role = role;
		}

		public Long getDepartmentId() {
			return departmentId;
		}

		public void setDepartmentId(Long departmentId) {
			this.departmentId = departmentId;
		}

		public Integer getShareDays() {
			return shareDays;
		}

		public void setShareDays(Integer shareDays) {
			this.shareDays = shareDays;
		}

		public WorkflowStep.Kind getKind() {
			return kind;
		}

		public void setKind(WorkflowStep.Kind kind) {
			this.kind = kind;
		}
	}

	static WorkflowForm of(List<WorkflowStep> steps, int version) {
		var form = new WorkflowForm();
		steps.stream().map(StepRow::of).forEach(form.steps::add);
		form.version = version;
		return form;
	}

	/**
	 * Adds an empty processing step, before the approval when the template ends with one (the
	 * approval stays last); returns its index.
	 */
	int addStep() {
		var row = new StepRow();
		int at = !steps.isEmpty() && steps.get(steps.size() - 1).kind == WorkflowStep.Kind.APPROVAL ? steps.size() - 1
				: steps.size();
		if (steps.isEmpty()) {
			row.role = Role.LEADER;
			row.kind = WorkflowStep.Kind.APPROVAL;
		}
		steps.add(at, row);
		return at;
	}

	void removeStep(int index) {
		if (index >= 0 && index < steps.size()) {
			steps.remove(index);
		}
	}

	/** Swaps a step with its neighbour: {@code by} -1 moves it up, +1 down. */
	void moveStep(int index, int by) {
		int other = index + by;
		if (index >= 0 && index < steps.size() && other >= 0 && other < steps.size()) {
			Collections.swap(steps, index, other);
		}
	}

	List<WorkflowStep> toSteps() {
		return steps.stream().filter(Objects::nonNull).map(StepRow::toStep).toList();
	}

	/** The days of all steps together (blank counts as none), shown against the processing time. */
	public int getTotalDays() {
		return steps.stream().filter(Objects::nonNull).map(StepRow::getShareDays).filter(Objects::nonNull)
			.mapToInt(Integer::intValue).sum();
	}

	public List<StepRow> getSteps() {
		return steps;
	}

	public void setSteps(List<StepRow> steps) {
		this.steps = steps;
	}

	public int getVersion() {
		return version;
	}

	public void setVersion(int version) {
		this.version = version;
	}
}
