package vn.minhbach.documents;

import java.util.List;

/**
 * The authority under which someone signs (thẩm quyền ký, Decree 30/2020): on behalf of the
 * collective (TM.), for the head (KT.), acting (Q.), by order (TL.), by authorisation (TUQ.).
 */
final class Authority {

	static final List<String> ALL = List.of("TM.", "KT.", "Q.", "TL.", "TUQ.");

	private Authority() {
	}
}
