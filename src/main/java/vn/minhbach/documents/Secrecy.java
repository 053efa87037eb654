package vn.minhbach.documents;

/** How secret a document is (độ mật): ordinary, Mật, Tối mật, Tuyệt mật. Secret documents have their own number series and a narrow circle of readers. */
public enum Secrecy {
	NORMAL, MAT, TOI_MAT, TUYET_MAT;

	public boolean secret() {
		return this != NORMAL;
	}

	public String messageKey() {
		return "document.secrecy." + name();
	}
}
